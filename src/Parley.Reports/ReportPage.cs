using System.Text;

namespace Parley.Reports;

/// <summary>
/// The page being written: its text, with a placeholder where each chart goes. Charts are drawn at the
/// end, in parallel (each is an independent ScottPlot plot), and put in their places; the page is the
/// same whatever the thread count.
/// </summary>
internal sealed class ReportPage
{
    private readonly StringBuilder text = new(1 << 20);
    private readonly List<Func<string>> charts = [];

    public StringBuilder Append<T>(T value) => text.Append(value);

    /// <summary>Appends a placeholder for a chart drawn later by <paramref name="draw"/>.</summary>
    public void Chart(Func<string> draw)
    {
        text.Append('\u0001').Append(charts.Count).Append('\u0001');
        charts.Add(draw);
    }

    public string Finish()
    {
        var svgs = new string[charts.Count];
        Parallel.For(0, charts.Count, i => svgs[i] = charts[i]());
        var page = text.ToString();
        var result = new StringBuilder(page.Length + svgs.Sum(s => s.Length));
        int at = 0;
        while (at < page.Length)
        {
            int open = page.IndexOf('\u0001', at);
            if (open < 0)
            {
                result.Append(page, at, page.Length - at);
                break;
            }

            int close = page.IndexOf('\u0001', open + 1);
            result.Append(page, at, open - at);
            string svg = svgs[int.Parse(page.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture)];
            int start = svg.IndexOf("<svg", StringComparison.Ordinal);
            result.Append(start > 0 ? svg[start..] : svg);
            at = close + 1;
        }

        return result.ToString();
    }
}
