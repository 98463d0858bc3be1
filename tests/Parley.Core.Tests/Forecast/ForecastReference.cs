using System.Globalization;
using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

/// <summary>Locates and reads the shared forecasting reference data (test-only, minimal parsing).</summary>
internal static class ForecastReference
{
    private static readonly Lazy<string> Root = new(() => Parley.Tests.RepoPaths.InReference("forecasting", "data"));

    public static string DataDirectory => Root.Value;

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);


    /// <summary>An EUM table (Actor, Capability, Position, Salience) as a one-dimensional problem.</summary>
    public static ForecastProblem EumTable(string relative)
    {
        var lines = File.ReadAllLines(PathOf(relative)).Skip(1).Where(l => l.Trim().Length > 0).ToArray();
        var names = new List<string>();
        var c = new List<double>();
        var x = new List<double>();
        var s = new List<double>();
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            names.Add(cells[0]);
            c.Add(Parse(cells[1]));
            x.Add(Parse(cells[2]));
            s.Add(Parse(cells[3]));
        }

        return new ForecastProblem(names, ["Position"], c.ToArray(), x.ToArray(), s.ToArray());
    }

    /// <summary>A KTAB CSV file as a problem (saliences divided by 100).</summary>
    public static ForecastProblem KtabCsv(string relative)
    {
        var lines = File.ReadAllLines(PathOf(relative));
        var head = lines[0].Split(',');
        int n = int.Parse(head[2].Trim(), CultureInfo.InvariantCulture);
        int k = int.Parse(head[3].Trim(), CultureInfo.InvariantCulture);
        var header = lines[1].Split(',');
        var dims = Enumerable.Range(0, k).Select(d => header[3 + (2 * d)].Trim()).ToArray();
        var names = new List<string>();
        var c = new double[n];
        var x = new double[n * k];
        var s = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            var cells = lines[2 + i].Split(',');
            names.Add(cells[0].Trim());
            c[i] = Parse(cells[2]);
            for (int d = 0; d < k; d++)
            {
                x[(i * k) + d] = Parse(cells[3 + (2 * d)]);
                s[(i * k) + d] = Parse(cells[4 + (2 * d)]) / 100;
            }
        }

        return new ForecastProblem(names, dims, c, x, s);
    }

    public static double Parse(string text) => double.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
