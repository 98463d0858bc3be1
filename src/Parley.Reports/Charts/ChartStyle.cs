using ScottPlot;

namespace Parley.Reports.Charts;

/// <summary>The look shared by every chart of the report, and the one place charts become SVG.</summary>
internal static class ChartStyle
{
    public static readonly Color Open = Color.FromHex("#2a9d8f");
    public static readonly Color Closed = Color.FromHex("#e76f51");
    public static readonly Color Neutral = Color.FromHex("#8d99ae");
    public static readonly Color Ink = Color.FromHex("#264653");
    public static readonly Color Highlight = Color.FromHex("#e9c46a");

    private static readonly Color[] SeriesColors =
    [
        Color.FromHex("#264653"), Color.FromHex("#2a9d8f"), Color.FromHex("#e9c46a"), Color.FromHex("#f4a261"),
        Color.FromHex("#e76f51"), Color.FromHex("#6d597a"), Color.FromHex("#457b9d"), Color.FromHex("#9c6644"),
        Color.FromHex("#588157"), Color.FromHex("#b56576"),
    ];

    // Decision makers' moves need hues that stay apart at low opacity and differ from Highlight
    // (the status-quo path) and from Open/Closed (equilibria, the status quo marker).
    private static readonly Color[] MoverColors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#d62790"),
        Color.FromHex("#17becf"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"), Color.FromHex("#264653"),
    ];

    public static Color Series(int i) => SeriesColors[i % SeriesColors.Length];

    /// <summary>The colour of a decision maker's moves in the graph of states.</summary>
    public static Color Mover(int i) => MoverColors[i % MoverColors.Length];

    public static Plot New(string title, string? x = null, string? y = null)
    {
        var plot = new Plot();
        // A font the report's readers are likely to have, so measured and drawn text agree.
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 15);
        if (x is not null)
        {
            plot.XLabel(x, size: 12);
        }

        if (y is not null)
        {
            plot.YLabel(y, size: 12);
        }

        plot.FigureBackground.Color = Colors.White;
        plot.Axes.Title.Label.Bold = true;
        return plot;
    }

    /// <summary>A filled cell of a matrix chart centred on (x, y), drawn as a ScottPlot rectangle (crisp at any zoom, unlike a scaled bitmap).</summary>
    public static void Cell(Plot plot, double x, double y, Color fill)
    {
        var rect = plot.Add.Rectangle(x - 0.48, x + 0.48, y - 0.45, y + 0.45);
        rect.FillColor = fill;
        rect.LineWidth = 0;
    }

    public static string Svg(Plot plot, int width, int height) => plot.GetSvgXml(width, height);

    public static string Short(string text, int max = 28) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
