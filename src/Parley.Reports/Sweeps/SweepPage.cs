using System.Globalization;
using System.Net;
using System.Text;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Reports.Sweeps;

/// <summary>
/// A sweep's summary as one self-contained HTML page: what was swept, then per answer a chart across the variants
/// (the share of draws in which a truth value held, or a reading's median with its 10–90 % band).
/// </summary>
public static class SweepPage
{
    /// <summary>The page of <paramref name="summary"/>.</summary>
    public static string Html(SweepSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sweep ").Append(E(summary.Sweep)).Append("</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{padding:.15rem .5rem;text-align:left;font-size:.85rem}")
            .Append("tr:nth-child(even){background:#f4f4f4}.bar{display:inline-block;height:.7rem;background:#3b6ea5}.band{display:inline-block;height:.7rem;background:#c9d8ea}</style></head><body>");
        html.Append("<h1>Sweep ").Append(E(summary.Sweep)).Append("</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Id <code>{E(summary.Id)}</code>, seed {summary.Seed}: {summary.Variants:N0} variants × {summary.DrawsPerVariant:N0} draws in {summary.Pieces:N0} pieces; {summary.Done:N0} done, {summary.Failed:N0} with a problem; {summary.Seconds:0.#} s; {E(summary.Status)}.</p>");
        foreach (var answer in summary.Rows.GroupBy(r => r.Answer))
        {
            html.Append("<h2>").Append(E(answer.Key)).Append("</h2><table><tr><th>scenario</th><th>levers</th><th>date</th><th>overrides</th><th>value</th><th></th></tr>");
            double max = answer.Max(r => Math.Abs(r.P90 ?? r.Median ?? 0));
            foreach (var row in answer)
            {
                html.Append("<tr><td>").Append(E(Path.GetFileName(row.Scenario))).Append("</td><td>").Append(E(row.Levers)).Append("</td><td>").Append(E(row.Date ?? string.Empty))
                    .Append("</td><td>").Append(E(row.Overrides)).Append("</td><td>").Append(E(Value(row))).Append("</td><td>").Append(Bar(row, max)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>A row's value as the page and the console show it.</summary>
    public static string Value(SweepRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Problem is not null)
        {
            return "— " + row.Problem;
        }

        if (row.Fraction is { } f)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{f:P1} of {row.Decided} draws");
        }

        return row.Median is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"median {m:0.###} (10–90 %: {row.P10:0.###}–{row.P90:0.###})")
            : "no draw gave an answer";
    }

    private static string Bar(SweepRow row, double max)
    {
        if (row.Fraction is { } f)
        {
            return string.Create(CultureInfo.InvariantCulture, $"<span class=\"bar\" style=\"width:{f * 12:0.##}rem\"></span>");
        }

        if (row.Median is { } m && max > 0)
        {
            double lo = (row.P10 ?? m) / max * 12, mid = m / max * 12, hi = (row.P90 ?? m) / max * 12;
            return string.Create(CultureInfo.InvariantCulture, $"<span style=\"display:inline-block;width:{Math.Max(0, lo):0.##}rem\"></span><span class=\"band\" style=\"width:{Math.Max(0, mid - lo):0.##}rem\"></span><span class=\"bar\" style=\"width:.15rem\"></span><span class=\"band\" style=\"width:{Math.Max(0, hi - mid):0.##}rem\"></span>");
        }

        return string.Empty;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
