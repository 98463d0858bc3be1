namespace Parley.Web.Forms;

/// <summary>The kinds of lever effect the form builds from typed inputs (the YAML keys in brackets).</summary>
public enum EffectKind
{
    /// <summary>An actor's walk-away value changes (<c>walk-away</c>).</summary>
    WalkAway,

    /// <summary>An actor's capability changes (<c>capability</c>).</summary>
    Capability,

    /// <summary>The weight an actor gives an issue changes (<c>weight</c>).</summary>
    Weight,

    /// <summary>An option is taken off the table (<c>remove-option</c>).</summary>
    RemoveOption,

    /// <summary>An option is imposed from outside (<c>impose-option</c>).</summary>
    ImposeOption,

    /// <summary>An actor comes to accept an option, or numbers beyond its bound (<c>accept</c>).</summary>
    Accept,

    /// <summary>An actor stops accepting an option, or numbers beyond a new bound (<c>reject</c>).</summary>
    Reject,

    /// <summary>A conflict option is fixed as taken (<c>fix-option</c>).</summary>
    FixOption,

    /// <summary>A conflict option is forbidden (<c>forbid-option</c>).</summary>
    ForbidOption,
}
