using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Text;

namespace Parley.Formats.Eum;

/// <summary>
/// Reads an expected-utility table: a header naming the columns <c>Actor</c>, <c>Capability</c>,
/// <c>Position</c> and <c>Salience</c> (any order, any case; comma, semicolon or tab separated), then
/// one row per actor. Saliences may be given as 0–1 or as percentages (0–100, divided by 100 with a
/// note). Positions may use any scale (the expected utility model uses only their range). The names
/// public replication files use instead are accepted too: <c>Stakeholder</c> or <c>Player</c> for Actor,
/// <c>Resources</c>, <c>Power</c> or <c>Clout</c> for Capability, <c>Importance</c> for Salience.
/// </summary>
public static class EumTableReader
{
    private static readonly string[] Columns = ["Actor", "Capability", "Position", "Salience"];

    private static readonly string[][] Names =
    [
        ["Actor", "Stakeholder", "Player"],
        ["Capability", "Resources", "Power", "Clout"],
        ["Position"],
        ["Salience", "Importance"],
    ];

    /// <summary>True when <paramref name="headerLine"/> names all four columns (or their accepted other names).</summary>
    public static bool LooksLikeTable(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var cells = DelimitedLine.Split(headerLine.TrimStart('\uFEFF'), DelimitedLine.Detect(headerLine));
        return Enumerable.Range(0, Columns.Length).All(c => ColumnIndex(cells, c) >= 0);
    }

    /// <summary>
    /// True when <paramref name="headerLine"/> names a Position or Salience column (or Importance) and no
    /// KTAB <c>Description</c> column: a table meant for the expected utility model, even if it misses a
    /// column, so that its reader (not KTAB's) says what is wrong.
    /// </summary>
    public static bool MeantAsTable(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var cells = DelimitedLine.Split(headerLine.TrimStart('\uFEFF'), DelimitedLine.Detect(headerLine));
        return !cells.Any(x => string.Equals(x.Text, "Description", StringComparison.OrdinalIgnoreCase))
            && (ColumnIndex(cells, 2) >= 0 || ColumnIndex(cells, 3) >= 0);
    }

    private static int ColumnIndex(List<Cell> header, int column) =>
        header.FindIndex(h => Names[column].Any(n => string.Equals(h.Text, n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ParseResult<EumTable> ReadFile(string path) => SourceText.ReadFile<EumTable>(path, "PF0100", Read);

    /// <summary>Reads table <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static ParseResult<EumTable> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var lines = TextLines.Split(text);
        SourceLocation At(int line, int column) => new(file, line, column, string.Empty);
        int headerLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerLine < 0)
        {
            return ParseResult<EumTable>.Failure([Diagnostic.Error("PF0201", "The table is empty; it needs a header 'Actor, Capability, Position, Salience' and one row per actor.", SourceLocation.OfFile(file))]);
        }

        char delimiter = DelimitedLine.Detect(lines[headerLine]);
        var header = DelimitedLine.Split(lines[headerLine], delimiter);
        var index = new int[Columns.Length];
        for (int c = 0; c < Columns.Length; c++)
        {
            index[c] = ColumnIndex(header, c);
            if (index[c] < 0)
            {
                string also = Names[c].Length > 1 ? $" (or {string.Join(" or ", Names[c].Skip(1).Select(n => $"'{n}'"))})" : string.Empty;
                diagnostics.Add(Diagnostic.Error("PF0202", $"The header has no '{Columns[c]}' column{also}; an expected-utility table needs Actor, Capability, Position and Salience. Add the column.", At(headerLine + 1, lines[headerLine].Length + 1)));
            }
        }

        if (diagnostics.Count > 0)
        {
            return ParseResult<EumTable>.Failure(diagnostics);
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var capability = new List<double>();
        var position = new List<double>();
        var salience = new List<double>();
        var salienceCells = new List<SourceLocation>();
        for (int l = headerLine + 1; l < lines.Length; l++)
        {
            if (lines[l].Trim().Length == 0)
            {
                continue;
            }

            int lineNo = l + 1;
            if (names.Count >= ForecastLimits.MaxActors)
            {
                diagnostics.Add(Diagnostic.Error("PF0211", $"The table has more than {ForecastLimits.MaxActors:N0} actor rows; Parley forecasts at most {ForecastLimits.MaxActors:N0}. {ForecastLimits.TooManyActorsAdvice}", At(lineNo, 1)));
                return ParseResult<EumTable>.Failure(diagnostics);
            }

            var cells = DelimitedLine.Split(lines[l], delimiter);
            var values = new double[4];
            bool ok = true;
            for (int c = 1; c < 4; c++)
            {
                int at = index[c];
                if (at >= cells.Count || cells[at].IsEmpty)
                {
                    diagnostics.Add(Diagnostic.Error("PF0203", $"This row has no {Columns[c]}; fill in the cell.", At(lineNo, at < cells.Count ? cells[at].Column : lines[l].Length + 1)));
                    ok = false;
                }
                else if (!cells[at].TryNumber(out values[c]))
                {
                    diagnostics.Add(Diagnostic.Error("PF0204", $"{Columns[c]} '{cells[at].Text}' is not a number; write it with digits, such as 0.75.", At(lineNo, cells[at].Column)));
                    ok = false;
                }
            }

            string name = index[0] < cells.Count ? cells[index[0]].Text : string.Empty;
            var nameAt = At(lineNo, index[0] < cells.Count ? cells[index[0]].Column : 1);
            if (name.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("PF0205", "This row has no actor name; fill in the Actor cell.", nameAt));
                ok = false;
            }
            else if (!seen.Add(name))
            {
                diagnostics.Add(Diagnostic.Error("PF0206", $"Actor '{name}' appears twice. Give every actor one row.", nameAt));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (values[1] < 0)
            {
                diagnostics.Add(Diagnostic.Error("PF0207", $"Capability of '{name}' is {values[1]}; capabilities cannot be negative.", At(lineNo, cells[index[1]].Column)));
            }

            if (values[3] < 0 || values[3] > 100)
            {
                diagnostics.Add(Diagnostic.Error("PF0208", $"Salience of '{name}' is {values[3]}; saliences lie in 0–1 (or 0–100 as percentages).", At(lineNo, cells[index[3]].Column)));
            }

            if (values[2] < 0 || values[2] > 100)
            {
                diagnostics.Add(Diagnostic.Warning("PF0209", $"Position of '{name}' is {values[2]}, outside 0–100: the expected utility and static models accept any scale, but the spatial model needs 0–100.", At(lineNo, cells[index[2]].Column)));
            }

            names.Add(name);
            capability.Add(values[1]);
            position.Add(values[2]);
            salience.Add(values[3]);
            salienceCells.Add(At(lineNo, cells[index[3]].Column));
        }

        if (names.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnostic.Error("PF0201", "The table has a header but no actor rows.", At(headerLine + 1, 1)));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<EumTable>.Failure(diagnostics);
        }

        if (salience.Any(s => s > 1))
        {
            diagnostics.Add(Diagnostic.Warning("PF0210", "Some saliences exceed 1, so all saliences are read as percentages and divided by 100.", salienceCells[salience.FindIndex(s => s > 1)]));
            for (int i = 0; i < salience.Count; i++)
            {
                salience[i] /= 100.0;
            }
        }

        if (capability.All(c => c == 0))
        {
            diagnostics.Add(Diagnostic.Warning("PF0212", "Every capability is 0, so no actor has any weight: the weighted models fall back on ties and the spatial model drifts toward the first-listed actor. Give the actors their capabilities.", At(headerLine + 1, header[index[1]].Column)));
        }

        if (position.Count > 1 && position.All(p => p >= 0 && p <= 1) && position.Any(p => p > 0 && p < 1))
        {
            diagnostics.Add(Diagnostic.Warning("PF0213", "Every position lies between 0 and 1. The expected utility and static models accept any scale, but the spatial model reads positions on 0–100, so its forecast depends on the scale; multiply the positions by 100 for it.", At(headerLine + 1, header[index[2]].Column)));
        }

        var problem = new ForecastProblem(names, ["Position"], capability.ToArray(), position.ToArray(), salience.ToArray());
        return ParseResult<EumTable>.Success(new EumTable(Path.GetFileNameWithoutExtension(file), problem), diagnostics);
    }
}
