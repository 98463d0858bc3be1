using System.ComponentModel;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley stability</c>.</summary>
public sealed class StabilitySettings : GlobalSettings
{

    /// <summary>A scenario (.yaml) or a gmcr-py save file (.gmcr).</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A scenario file (.yaml) with a conflict section, or a gmcr-py save file (.gmcr).")]
    public string File { get; init; } = string.Empty;

    /// <summary>Concepts to compute (all when none).</summary>
    [CommandOption("-c|--concept <CONCEPT>")]
    [Description("nash, gmr, smr, seq, sim or seq-sim; repeat for several. Default: all six.")]
    public string[] Concepts { get; init; } = [];

    /// <summary>Coalitions to analyse, each as comma-separated decision makers.</summary>
    [CommandOption("--coalition <MEMBERS>")]
    [Description("A coalition to analyse, as decision makers separated by commas (e.g. US,EU); repeat for several.")]
    public string[] Coalitions { get; init; } = [];

    /// <summary>Levers to pull first.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to pull before the analysis; repeat for several, applied in order (scenarios only).")]
    public string[] Levers { get; init; } = [];

    /// <summary>Whether to find paths from the status quo to the equilibria.</summary>
    [CommandOption("--from-status-quo")]
    [Description("Find the shortest paths of improvements (and coalitional improvements of the given coalitions) from the status quo to each equilibrium.")]
    public bool FromStatusQuo { get; init; }

    /// <summary>The state (ordinal) whose stability the inverse search asks about; text, so that a non-number gets a sentence rather than a conversion error.</summary>
    [CommandOption("--inverse <STATE>")]
    [Description("Inverse GMCR: which rankings of --decision-maker make this state (its number as printed) an equilibrium. Permutes the top --positions positions of that ranking.")]
    public string? Inverse { get; init; }

    /// <summary>The decision maker whose ranking the inverse search varies.</summary>
    [CommandOption("--decision-maker <DM>")]
    [Description("With --inverse: the decision maker (actor id) whose ranking varies.")]
    public string? DecisionMaker { get; init; }

    /// <summary>How many top positions of the ranking the inverse search permutes (text, as <see cref="Inverse"/>).</summary>
    [CommandOption("--positions <N>")]
    [Description("With --inverse: permute the top N positions of the ranking (N! candidate rankings). Default: 6 or the state count if smaller; at most 10.")]
    public string? Positions { get; init; }

    /// <summary>The date to analyse the scenario as of (<c>--at</c>), or null for the scenario as written.</summary>
    [CommandOption("--at <DATE>")]
    [Description(AtOption.Description)]
    public string? At { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (!AtOption.Validate(At).Successful)
        {
            return AtOption.Validate(At);
        }

        foreach (var c in Concepts)
        {
            if (!Terms.TryParse<StabilityConcept>(c, out _))
            {
                return ValidationResult.Error($"Unknown concept '{c}'. Use one of: {string.Join(", ", Terms.Tokens<StabilityConcept>())}.");
            }
        }

        return ValidationResult.Success();
    }
}
