using Parley.Core.Model;

namespace Parley.Web.Forms;

/// <summary>What a lever effect names: the actor, issue and option it changes (null where it names none).</summary>
public static class EffectTargets
{
    /// <summary>The actor the effect changes, or null.</summary>
    public static string? Actor(LeverEffect effect) => effect switch
    {
        WalkAwayChange w => w.ActorId,
        CapabilityChange c => c.ActorId,
        WeightChange w => w.ActorId,
        AcceptanceChange a => a.ActorId,
        RedLineBoundChange b => b.ActorId,
        PreferenceChange p => p.ActorId,
        _ => null,
    };

    /// <summary>The issue the effect changes, or null.</summary>
    public static string? Issue(LeverEffect effect) => effect switch
    {
        WeightChange w => w.IssueId,
        OptionRemoval r => r.IssueId,
        OptionImposition i => i.IssueId,
        AcceptanceChange a => a.IssueId,
        RedLineBoundChange b => b.IssueId,
        _ => null,
    };

    /// <summary>The option of <see cref="Issue"/> the effect names, or null.</summary>
    public static string? Option(LeverEffect effect) => effect switch
    {
        OptionRemoval r => r.OptionId,
        OptionImposition i => i.OptionId,
        AcceptanceChange a => a.OptionId,
        _ => null,
    };
}
