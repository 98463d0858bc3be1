using Parley.Core.Analysis;
using Parley.Formats.Json;

namespace Parley.Reports;

/// <summary>Writes <c>report.html</c> and <c>result.json</c> for an analysis into a folder.</summary>
public static class ReportWriter
{
    /// <summary>The report's file name.</summary>
    public const string ReportFile = "report.html";

    /// <summary>The result's file name.</summary>
    public const string ResultFile = "result.json";

    /// <summary>Creates <paramref name="directory"/> if needed and writes both files; returns the report's path.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="directory">The output folder.</param>
    public static string Write(AnalysisResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        string report = Path.Combine(directory, ReportFile);
        File.WriteAllText(report, HtmlReport.Render(result));
        using (var json = File.Create(Path.Combine(directory, ResultFile)))
        {
            AnalysisJson.Write(json, result);
        }

        return report;
    }
}
