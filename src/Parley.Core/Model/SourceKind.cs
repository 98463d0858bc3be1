namespace Parley.Core.Model;

/// <summary>What a source may be cited for.</summary>
public enum SourceKind
{
    /// <summary>A report, text or statement: a source of facts and of the parties' positions.</summary>
    Record,

    /// <summary>An opinion piece: a source of claims to test, never of facts or positions.</summary>
    Commentary,
}
