using System.Globalization;

namespace Parley.Formats.Text;

/// <summary>One cell of a delimited line: its text (unquoted, trimmed) and its 1-based column.</summary>
/// <param name="Text">The cell's text.</param>
/// <param name="Column">1-based character column where the cell starts.</param>
internal readonly record struct Cell(string Text, int Column)
{
    /// <summary>True when the cell is empty.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>Parses the cell as an invariant-culture number.</summary>
    public bool TryNumber(out double value) =>
        double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}

/// <summary>Splits delimited text lines (CSV, TSV) into cells with their columns; double quotes group and "" escapes.</summary>
internal static class DelimitedLine
{
    /// <summary>The cells of <paramref name="line"/>.</summary>
    public static List<Cell> Split(string line, char delimiter)
    {
        var cells = new List<Cell>();
        int i = 0;
        while (true)
        {
            int start = i;
            var text = new System.Text.StringBuilder();
            bool quoted = false;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                quoted = true;
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i]);
                    i++;
                }
            }

            while (i < line.Length && line[i] != delimiter)
            {
                if (!quoted)
                {
                    text.Append(line[i]);
                }

                i++;
            }

            cells.Add(new Cell(text.ToString().Trim(), start + 1));
            if (i >= line.Length)
            {
                break;
            }

            i++;
        }

        return cells;
    }

    /// <summary>The delimiter of a header line: tab, semicolon or comma, whichever occurs most.</summary>
    public static char Detect(string header)
    {
        int tabs = header.Count(c => c == '\t');
        int semis = header.Count(c => c == ';');
        int commas = header.Count(c => c == ',');
        return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
    }
}
