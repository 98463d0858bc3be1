namespace Parley.Core.Claims;

/// <summary>
/// Splits a claim test into tokens. Identifiers may contain hyphens (<c>status-quo</c>,
/// <c>us-halts-aid</c>) because scenario ids do; a number may start with a minus sign. Ids that
/// contain other characters are written in double or single quotes.
/// </summary>
internal static class ClaimLexer
{
    public static List<ClaimToken> Tokenise(string text, List<ClaimTestError> errors)
    {
        var tokens = new List<ClaimToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                // A trailing hyphen belongs to no id; leave it for the error it will cause.
                while (text[i - 1] == '-')
                {
                    i--;
                }

                tokens.Add(new(ClaimTokenKind.Identifier, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new(ClaimTokenKind.Number, text[start..i], start));
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < text.Length && text[i] != c)
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    errors.Add(new(start, text.Length - start, $"The quoted text starting here is never closed: add a closing {c}.", ClaimTestErrorKind.Syntax));
                    tokens.Add(new(ClaimTokenKind.End, string.Empty, text.Length));
                    return tokens;
                }

                tokens.Add(new(ClaimTokenKind.String, text[(start + 1)..i], start));
                i++;
            }
            else if (c is '<' or '>' or '=' or '!')
            {
                bool two = i + 1 < text.Length && text[i + 1] == '=';
                string op = two ? text.Substring(i, 2) : c.ToString();
                i += op.Length;
                if (op is "=" or "!")
                {
                    string hint = op == "=" ? "use '==' to compare" : "use 'not' to negate or '!=' to compare";
                    errors.Add(new(start, 1, $"'{op}' is not an operator here: {hint}.", ClaimTestErrorKind.Syntax));
                    tokens.Add(new(ClaimTokenKind.End, string.Empty, start));
                    return tokens;
                }

                tokens.Add(new(ClaimTokenKind.Operator, op, start));
            }
            else
            {
                var kind = c switch
                {
                    '(' => ClaimTokenKind.LeftParen,
                    ')' => ClaimTokenKind.RightParen,
                    ',' => ClaimTokenKind.Comma,
                    ':' => ClaimTokenKind.Colon,
                    '.' => ClaimTokenKind.Dot,
                    _ => ClaimTokenKind.Invalid,
                };
                tokens.Add(new(kind, c.ToString(), start));
                i++;
            }
        }

        tokens.Add(new(ClaimTokenKind.End, string.Empty, text.Length));
        return tokens;
    }
}
