using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Formats.Yaml;

/// <summary>
/// Parses a condition over conflict options, as written in a scenario: option ids joined by
/// <c>not</c>, <c>and</c>, <c>or</c>, <c>if</c>, <c>iff</c> and parentheses. <c>not</c> binds tightest,
/// then <c>and</c>, then <c>or</c>, then <c>if</c>/<c>iff</c> (so <c>a and b if c</c> is
/// "(a and b) if c", GMCR+'s "q if p").
/// </summary>
internal static class ConditionExpression
{
    private static readonly string[] Words = ["not", "and", "or", "if", "iff"];

    /// <summary>The condition, or null with an error message and the 0-based offset of the problem.</summary>
    public static OptionCondition? Parse(string text, out string? error, out int offset, out List<(string Id, int Offset)> options)
    {
        var tokens = Tokenize(text);
        var parser = new Parser(tokens, text.Length);
        options = parser.Options;
        try
        {
            var result = parser.Conditional();
            if (parser.Position < tokens.Count)
            {
                throw new FormatException($"'{tokens[parser.Position].Text}' was not expected here; join conditions with and, or, if or iff.|{tokens[parser.Position].Offset}");
            }

            error = null;
            offset = 0;
            return result;
        }
        catch (FormatException ex)
        {
            var parts = ex.Message.Split('|');
            error = parts[0];
            offset = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return null;
        }
    }

    private static List<(string Text, int Offset)> Tokenize(string text)
    {
        var tokens = new List<(string, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] is '(' or ')')
            {
                tokens.Add((text[i].ToString(), i));
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')')
            {
                i++;
            }

            tokens.Add((text[start..i], start));
        }

        return tokens;
    }

    private sealed class Parser(List<(string Text, int Offset)> tokens, int end)
    {
        public int Position { get; private set; }

        public List<(string Id, int Offset)> Options { get; } = [];

        public OptionCondition Conditional()
        {
            var left = Disjunction();
            while (Peek() is "if" or "iff")
            {
                string op = tokens[Position++].Text;
                var right = Disjunction();
                left = op == "if" ? OptionCondition.If(left, right) : OptionCondition.Iff(left, right);
            }

            return left;
        }

        private OptionCondition Disjunction()
        {
            var parts = new List<OptionCondition> { Conjunction() };
            while (Peek() == "or")
            {
                Position++;
                parts.Add(Conjunction());
            }

            return OptionCondition.Or(parts);
        }

        private OptionCondition Conjunction()
        {
            var parts = new List<OptionCondition> { Unary() };
            while (Peek() == "and")
            {
                Position++;
                parts.Add(Unary());
            }

            return OptionCondition.And(parts);
        }

        private OptionCondition Unary()
        {
            if (Position >= tokens.Count)
            {
                throw new FormatException($"The condition ends too early; an option id or '(' is missing.|{end}");
            }

            var (text, offset) = tokens[Position];
            if (text == "not")
            {
                Position++;
                return OptionCondition.Not(Unary());
            }

            if (text == "(")
            {
                Position++;
                var inner = Conditional();
                if (Peek() != ")")
                {
                    throw new FormatException($"A ')' is missing to close the '(' here.|{offset}");
                }

                Position++;
                return inner;
            }

            if (text == ")" || Words.Contains(text))
            {
                throw new FormatException($"'{text}' cannot stand here; an option id, 'not' or '(' is expected.|{offset}");
            }

            Position++;
            Options.Add((text, offset));
            return OptionCondition.Option(text);
        }

        private string? Peek() => Position < tokens.Count ? tokens[Position].Text : null;
    }
}
