using System.Collections.Immutable;
using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Text;

namespace Parley.Formats.Deu;

/// <summary>
/// Reads the DEU III table (<c>deu3.csv</c>, tab-separated, quoted): issue columns, then positions
/// <c>p&lt;actor&gt;</c>, saliences <c>s&lt;actor&gt;</c>, the reference point <c>rp</c> and the outcome
/// <c>out</c>. The row whose proposal number is empty is not an issue: it holds each actor's
/// capability (added by the file's compiler) and is read as such.
/// </summary>
public static class DeuReader
{
    private static readonly string[] Required = ["isnr", "prnr", "out", "rp"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ParseResult<DeuDataset> ReadFile(string path) => SourceText.ReadFile<DeuDataset>(path, "PF0100", Read);

    /// <summary>Reads DEU <paramref name="text"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static ParseResult<DeuDataset> Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var lines = TextLines.Split(text);
        SourceLocation At(int line, int column) => new(file, line, column, string.Empty);
        var header = DelimitedLine.Split(lines[0], DelimitedLine.Detect(lines[0]));
        char delimiter = DelimitedLine.Detect(lines[0]);
        int Col(string name) => header.FindIndex(h => string.Equals(h.Text, name, StringComparison.Ordinal));
        foreach (var name in Required)
        {
            if (Col(name) < 0)
            {
                diagnostics.Add(Diagnostic.Error("PF0301", $"The header has no '{name}' column; the DEU table needs issue ids, the reference point 'rp' and the outcome 'out'. Add the column.", At(1, lines[0].Length + 1)));
            }
        }

        int finact = Col("finact");
        int rpCol = Col("rp");
        var codes = new List<string>();
        var positionCols = new List<int>();
        var salienceCols = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int c = Math.Max(0, finact + 1); c < header.Count && (rpCol < 0 || c < rpCol); c++)
        {
            string h = header[c].Text;
            if (h.Length < 2 || h[0] != 'p')
            {
                continue;
            }

            string code = h[1..];
            if (!seen.Add(code))
            {
                diagnostics.Add(Diagnostic.Error("PF0302", $"Actor '{code}' has two position columns; each actor needs exactly one 'p{code}' and one 's{code}'.", At(1, header[c].Column)));
                continue;
            }

            int s = Col("s" + code);
            if (s < 0)
            {
                diagnostics.Add(Diagnostic.Error("PF0301", $"Actor '{code}' has a position column but no salience column 's{code}'. Add the column.", At(1, header[c].Column)));
                continue;
            }

            codes.Add(code);
            positionCols.Add(c);
            salienceCols.Add(s);
        }

        if (codes.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("PF0301", "The header names no actor position columns (p<actor>) between 'finact' and 'rp'.", At(1, 1)));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<DeuDataset>.Failure(diagnostics);
        }

        int isnr = Col("isnr"), prnr = Col("prnr"), prname = Col("prname"), proc = Col("proc"), counvte = Col("counvte"), outCol = Col("out");
        double[]? capability = null;
        var issues = ImmutableArray.CreateBuilder<DeuIssue>();
        int missingSaliences = 0;
        SourceLocation? firstMissingSalience = null;
        for (int l = 1; l < lines.Length; l++)
        {
            if (lines[l].Trim().Length == 0)
            {
                continue;
            }

            var cells = DelimitedLine.Split(lines[l], delimiter);
            string Text(int c) => c >= 0 && c < cells.Count ? cells[c].Text : string.Empty;
            int lineNo = l + 1;
            if (Text(prnr).Length == 0 && Text(isnr).Length == 0)
            {
                capability = ReadCapabilities(cells, positionCols, codes, lineNo, At, diagnostics);
                continue;
            }

            var names = new List<string>();
            var actorIndex = new List<int>();
            var x = new List<double>();
            var s = new List<double>();
            for (int a = 0; a < codes.Count; a++)
            {
                int pc = positionCols[a];
                if (pc >= cells.Count || cells[pc].IsEmpty)
                {
                    continue;
                }

                if (!cells[pc].TryNumber(out double position))
                {
                    diagnostics.Add(Diagnostic.Error("PF0303", $"Position of '{codes[a]}' is '{cells[pc].Text}', not a number.", At(lineNo, cells[pc].Column)));
                    continue;
                }

                if (position < 0 || position > 100)
                {
                    diagnostics.Add(Diagnostic.Error("PF0304", $"Position of '{codes[a]}' is {position}, outside 0–100. DEU positions lie on a 0–100 scale; correct the cell.", At(lineNo, cells[pc].Column)));
                    continue;
                }

                double salience = 0;
                int sc = salienceCols[a];
                if (sc >= cells.Count || cells[sc].IsEmpty)
                {
                    missingSaliences++;
                    firstMissingSalience ??= At(lineNo, sc < cells.Count ? cells[sc].Column : lines[l].Length + 1);
                }
                else if (!cells[sc].TryNumber(out salience) || salience < 0 || salience > 100)
                {
                    diagnostics.Add(Diagnostic.Error("PF0305", $"Salience of '{codes[a]}' is '{cells[sc].Text}'; DEU saliences lie in 0–100.", At(lineNo, cells[sc].Column)));
                    continue;
                }

                names.Add(codes[a]);
                actorIndex.Add(a);
                x.Add(position);
                s.Add(salience / 100.0);
            }

            double? Optional(int c, string what)
            {
                if (c < 0 || c >= cells.Count || cells[c].IsEmpty)
                {
                    return null;
                }

                if (cells[c].TryNumber(out double v) && v >= 0 && v <= 100)
                {
                    return v;
                }

                diagnostics.Add(Diagnostic.Error("PF0306", $"The {what} is '{cells[c].Text}'; it must be a number on the 0–100 scale or empty.", At(lineNo, cells[c].Column)));
                return null;
            }

            var rp = Optional(rpCol, "reference point");
            var outcome = Optional(outCol, "outcome");
            if (names.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning("PF0307", $"Issue '{Text(isnr)}' has no actor positions and is skipped.", At(lineNo, 1)));
                continue;
            }

            var c = actorIndex.Select(a => capability is null ? 1.0 : Math.Max(0, capability[a])).ToArray();
            var problem = new ForecastProblem(names, [Text(isnr)], c, x.ToArray(), s.ToArray());
            issues.Add(new DeuIssue(Text(isnr), Text(prnr), Text(prname), Text(proc), Text(counvte), problem, rp, outcome, lineNo));
        }

        if (issues.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            diagnostics.Add(Diagnostic.Error("PF0312", "The table has a header but no issue rows with positions; add one row per proposal and issue (isnr, prnr, the actors' positions and saliences, rp and out).", At(Math.Min(2, lines.Length), 1)));
            return ParseResult<DeuDataset>.Failure(diagnostics);
        }

        if (capability is null)
        {
            diagnostics.Add(Diagnostic.Warning("PF0308", "The table has no capability row (a row with empty issue ids and a capability per actor); every actor counts as equally capable.", SourceLocation.OfFile(file)));
        }

        if (missingSaliences > 0)
        {
            diagnostics.Add(new Diagnostic("PF0309", DiagnosticSeverity.Info, $"{missingSaliences} position(s) have no salience; they are read with salience 0 (the actor takes a stand but does not care enough to weigh in).", firstMissingSalience!.Value));
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return ParseResult<DeuDataset>.Failure(diagnostics);
        }

        return ParseResult<DeuDataset>.Success(new DeuDataset([.. codes], capability is null ? [.. codes.Select(_ => 1.0)] : [.. capability], issues.ToImmutable()), diagnostics);
    }

    private static double[] ReadCapabilities(List<Cell> cells, List<int> positionCols, List<string> codes, int lineNo, Func<int, int, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var capability = new double[codes.Count];
        for (int a = 0; a < codes.Count; a++)
        {
            int c = positionCols[a];
            if (c >= cells.Count || !cells[c].TryNumber(out capability[a]))
            {
                diagnostics.Add(Diagnostic.Error("PF0310", $"The capability row has no number for '{codes[a]}'; give every actor a capability.", at(lineNo, c < cells.Count ? cells[c].Column : 1)));
                capability[a] = 0;
            }
            else if (capability[a] < 0)
            {
                diagnostics.Add(Diagnostic.Error("PF0311", $"Capability of '{codes[a]}' is {capability[a]}; capabilities cannot be negative.", at(lineNo, cells[c].Column)));
            }
        }

        return capability;
    }
}
