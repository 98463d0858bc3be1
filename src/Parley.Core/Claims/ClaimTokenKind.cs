namespace Parley.Core.Claims;

/// <summary>Kinds of token in a claim test.</summary>
internal enum ClaimTokenKind
{
    Identifier,
    Number,
    String,
    LeftParen,
    RightParen,
    Comma,
    Colon,
    Dot,
    Operator,
    Invalid,
    End,
}
