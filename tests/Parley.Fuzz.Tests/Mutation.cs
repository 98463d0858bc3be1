namespace Parley.Fuzz.Tests;

/// <summary>One edit: what, where (a fraction of the text's length), which choice among the kind's options, and how long a run.</summary>
/// <param name="Kind">The edit.</param>
/// <param name="Where">Position as a fraction in [0, 1) of the text's length.</param>
/// <param name="Choice">Which character, token or line ending (taken modulo the choices).</param>
/// <param name="Length">Run length for deletions and duplications.</param>
public sealed record Mutation(MutationKind Kind, double Where, int Choice, int Length)
{
    private static readonly string[] Characters = ["\r", "\n", "[", "]", "{", "}", ":", ",", ";", "\t", "-", "\"", "'", "\\", "0", "9", " ", "#", "&", "*", "<", ">", "/", "=", "|", "\u00e9", "\uFEFF"];

    private static readonly string[] Tokens =
    [
        "\\ud800", "\\udc00", "\r", "\r\n", "NaN", "1e309", "-1", "0", "99999999999", "2147483647", "-0",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{",
        "<a><a><a><a><a><a><a><a>", "\u0000", "\n---\n", "&anchor ", "*anchor", "\"\"", "''", "{}", "[]", "null", "~", "true",
        new string('x', 5000), "\n  - ", "\n- id: a\n", ": ", "\"\\u0000\"", "</", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;",
    ];

    private static readonly string[] Numbers = ["0", "-1", "1e309", "NaN", "-0.0", "100000000", "2147483648", "0.0000001", "1,5", "", "abc", "1e-320"];

    private static readonly string[] Endings = ["\r", "\r\n", "\n"];

    /// <summary>The text after this edit.</summary>
    public string ApplyTo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = text.Length == 0 ? 0 : Math.Min(text.Length - 1, (int)(Where * text.Length));
        int length = Math.Min(Length, text.Length - at);
        return Kind switch
        {
            MutationKind.ReplaceCharacter when text.Length > 0 => string.Concat(text.AsSpan(0, at), Characters[Choice % Characters.Length], text.AsSpan(at + 1)),
            MutationKind.InsertToken => text.Insert(at, Tokens[Choice % Tokens.Length]),
            MutationKind.DeleteRange when length > 0 => text.Remove(at, length),
            MutationKind.DuplicateRange when length > 0 => text.Insert(at + length, text.Substring(at, length)),
            MutationKind.LineEndings => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "\n", StringComparison.Ordinal).Replace("\n", Endings[Choice % Endings.Length], StringComparison.Ordinal),
            MutationKind.ReplaceNumber => ReplaceNumberAt(text, at),
            _ => text,
        };
    }

    private string ReplaceNumberAt(string text, int at)
    {
        int start = at;
        while (start < text.Length && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return text;
        }

        int end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), Numbers[Choice % Numbers.Length], text.AsSpan(end));
    }
}
