namespace Parley.Core.Claims;

/// <summary>One token of a claim test: its kind, text and place.</summary>
internal readonly record struct ClaimToken(ClaimTokenKind Kind, string Text, int Offset)
{
    public int Length => Text.Length;

    public bool IsWord(string word) => Kind == ClaimTokenKind.Identifier && string.Equals(Text, word, StringComparison.Ordinal);

    public string Describe() => Kind switch
    {
        ClaimTokenKind.End => "the end of the test",
        ClaimTokenKind.String => $"the text \"{Text}\"",
        ClaimTokenKind.Invalid => $"the character '{Text}'",
        _ => $"'{Text}'",
    };
}
