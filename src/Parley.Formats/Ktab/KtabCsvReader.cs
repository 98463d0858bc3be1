using System.Globalization;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Text;

namespace Parley.Formats.Ktab;

/// <summary>
/// Reads KTAB's SMP CSV format: line 1 <c>name, description, actors, dimensions</c>; line 2 the header
/// <c>Actor, Description, Influence, dim1, sal1, …</c>; then one row per actor
/// <c>name, description, capability, pos1, sal1, …</c>. Positions and saliences are on 0–100; saliences
/// are divided by 100. Trailing commas are tolerated, as KTAB's own files have them.
/// </summary>
public static class KtabCsvReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ParseResult<KtabScenario> ReadFile(string path) => SourceText.ReadFile<KtabScenario>(path, "PF0100", Read);

    /// <summary>True when <paramref name="line"/> reads like KTAB's first line: name, description, then two whole numbers.</summary>
    public static bool LooksLikeFirstLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var cells = DelimitedLine.Split(line.TrimStart('\uFEFF'), ',');
        return cells.Count >= 4
            && int.TryParse(cells[2].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && int.TryParse(cells[3].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Reads KTAB CSV <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static ParseResult<KtabScenario> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var lines = TextLines.Split(text);
        SourceLocation At(int line, int column) => new(file, line, column, string.Empty);
        if (lines.Length < 2)
        {
            return Fail(diagnostics, Diagnostic.Error("PF0101", "A KTAB CSV file needs a first line 'name, description, actors, dimensions' and a header line; the file is too short.", SourceLocation.OfFile(file)));
        }

        var head = DelimitedLine.Split(lines[0], ',');
        if (head.Count < 4 || !int.TryParse(head[2].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int actors) || !int.TryParse(head[3].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int dims) || actors < 1 || dims < 1)
        {
            int column = head.Count >= 3 ? head[2].Column : 1;
            return Fail(diagnostics, Diagnostic.Error("PF0101", "Line 1 must read 'scenario name, description, number of actors, number of dimensions' with two positive whole numbers.", At(1, column)));
        }

        if (actors > ForecastLimits.MaxActors)
        {
            return Fail(diagnostics, Diagnostic.Error("PF0113", $"Line 1 declares {actors:N0} actors; Parley forecasts at most {ForecastLimits.MaxActors:N0}. {ForecastLimits.TooManyActorsAdvice}", At(1, head[2].Column)));
        }

        if (dims > ForecastLimits.MaxDimensions)
        {
            return Fail(diagnostics, Diagnostic.Error("PF0113", $"Line 1 declares {dims:N0} dimensions; Parley forecasts at most {ForecastLimits.MaxDimensions} at once. Split the file into several with fewer dimensions.", At(1, head[3].Column)));
        }

        var header = DelimitedLine.Split(lines[1], ',');
        while (header.Count > 0 && header[^1].IsEmpty)
        {
            header.RemoveAt(header.Count - 1);
        }

        int needed = 3 + (2 * dims);
        if (header.Count < needed)
        {
            return Fail(diagnostics, Diagnostic.Error("PF0102", $"The header has {header.Count} columns; {dims} dimension(s) need {needed} (Actor, Description, Influence, then a position and a salience column per dimension). Add the missing columns.", At(2, lines[1].Length + 1)));
        }

        if (actors < 3)
        {
            diagnostics.Add(Diagnostic.Warning("PF0111", $"KTAB needs at least 3 actors; this file declares {actors}. Parley runs it anyway.", At(1, head[2].Column)));
        }

        var dimensionNames = new string[dims];
        for (int d = 0; d < dims; d++)
        {
            dimensionNames[d] = header[3 + (2 * d)].Text;
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var capability = new List<double>();
        var positions = new List<double>();
        var saliences = new List<double>();
        int row = 0;
        for (int l = 2; l < lines.Length; l++)
        {
            if (lines[l].Trim().Trim(',').Length == 0)
            {
                continue;
            }

            row++;
            int lineNo = l + 1;
            if (row > ForecastLimits.MaxActors)
            {
                diagnostics.Add(Diagnostic.Error("PF0113", $"The file has more than {ForecastLimits.MaxActors:N0} actor rows; Parley forecasts at most {ForecastLimits.MaxActors:N0}. {ForecastLimits.TooManyActorsAdvice}", At(lineNo, 1)));
                return ParseResult<KtabScenario>.Failure(diagnostics);
            }

            var cells = DelimitedLine.Split(lines[l], ',');
            if (cells.Count < needed || cells.Take(needed).Skip(2).Any(c => c.IsEmpty))
            {
                int missing = cells.Count < needed ? cells.Count : cells.FindIndex(2, c => c.IsEmpty);
                diagnostics.Add(Diagnostic.Error("PF0103", $"Row {row} has no value in column {missing + 1} ({(missing < header.Count ? header[missing].Text : "?")}); every actor needs a capability and a position and salience per dimension.", At(lineNo, missing < cells.Count ? cells[missing].Column : lines[l].Length + 1)));
                continue;
            }

            string name = cells[0].Text;
            KtabDiagnostics.CheckName(name, At(lineNo, cells[0].Column), seen, diagnostics);
            if (!Number(cells[2], At(lineNo, cells[2].Column), diagnostics, out double c))
            {
                continue;
            }

            KtabDiagnostics.CheckCapability(c, name, At(lineNo, cells[2].Column), diagnostics);
            double total = 0;
            bool ok = true;
            var pos = new double[dims];
            var sal = new double[dims];
            for (int d = 0; d < dims; d++)
            {
                var pc = cells[3 + (2 * d)];
                var sc = cells[4 + (2 * d)];
                ok &= Number(pc, At(lineNo, pc.Column), diagnostics, out pos[d]);
                ok &= Number(sc, At(lineNo, sc.Column), diagnostics, out sal[d]);
                if (ok)
                {
                    KtabDiagnostics.CheckPosition(pos[d], name, dimensionNames[d], At(lineNo, pc.Column), diagnostics);
                    KtabDiagnostics.CheckSalience(sal[d], name, dimensionNames[d], At(lineNo, sc.Column), diagnostics);
                    total += sal[d];
                }
            }

            if (!ok)
            {
                continue;
            }

            KtabDiagnostics.CheckSalienceSum(total, name, At(lineNo, cells[4].Column), diagnostics);
            names.Add(name);
            capability.Add(c);
            positions.AddRange(pos);
            saliences.AddRange(sal.Select(s => Math.Clamp(s / 100.0, 0, 1)));
        }

        if (row != actors)
        {
            diagnostics.Add(Diagnostic.Error("PF0104", $"Line 1 declares {actors} actors but the file has {row} actor rows. Correct the count or the rows.", At(1, head[2].Column)));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<KtabScenario>.Failure(diagnostics);
        }

        if (capability.All(c => c == 0))
        {
            diagnostics.Add(KtabDiagnostics.ZeroCapabilities(At(2, header[2].Column)));
        }

        var problem = new ForecastProblem(names, dimensionNames, capability.ToArray(), positions.ToArray(), saliences.ToArray());
        string description = head[1].Text;
        return ParseResult<KtabScenario>.Success(new KtabScenario(head[0].Text, description.Length == 0 ? null : description, problem, SpatialPoliticsOptions.Default, null), diagnostics);
    }

    private static bool Number(Cell cell, SourceLocation at, List<Diagnostic> diagnostics, out double value)
    {
        if (cell.TryNumber(out value))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("PF0112", $"'{cell.Text}' is not a number; write it with digits and a decimal point, such as 42.5.", at));
        return false;
    }

    private static ParseResult<KtabScenario> Fail(List<Diagnostic> diagnostics, Diagnostic error)
    {
        diagnostics.Add(error);
        return ParseResult<KtabScenario>.Failure(diagnostics);
    }
}
