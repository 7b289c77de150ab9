"""The chart widget of the page: Solara's ECharts widget, speaking the page's locale."""

import traitlets
from solara.components.echarts import EchartsWidget

LOCALES = {"en": "en-GB", "id": "id-ID"}  # numbers and dates: 80,000 / 80.000


class Chart(EchartsWidget):  # type: ignore[misc]  # ipywidgets has no type hints
    """An ECharts option drawn in the browser; numbers and dates formatted in `locale`."""

    template_file = (__file__, "chart.vue")
    locale = traitlets.Unicode("en-GB").tag(sync=True)
    renderer = traitlets.Unicode("canvas").tag(sync=True)  # or "svg"
