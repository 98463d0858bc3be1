namespace Parley.Fuzz.Tests;

/// <summary>The edits the mutator makes to a seed's text.</summary>
public enum MutationKind
{
    /// <summary>Replace one character with a character that matters to some format.</summary>
    ReplaceCharacter,

    /// <summary>Insert a token known to trouble readers (a lone surrogate escape, a huge number, deep nesting…).</summary>
    InsertToken,

    /// <summary>Delete a run of characters.</summary>
    DeleteRange,

    /// <summary>Repeat a run of characters right after itself (duplicate keys, items, rows).</summary>
    DuplicateRange,

    /// <summary>Rewrite every line ending as \r, \r\n or \n.</summary>
    LineEndings,

    /// <summary>Replace the number at a position with another number (zero, negative, huge, not finite).</summary>
    ReplaceNumber,
}
