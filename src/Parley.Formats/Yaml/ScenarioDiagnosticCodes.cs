namespace Parley.Formats.Yaml;

/// <summary>The codes of the scenario reader's diagnostics; each is explained in <c>docs/diagnostics.md</c>.</summary>
public static class ScenarioDiagnosticCodes
{
    /// <summary>The file could not be read (missing, a folder, no permission).</summary>
    public const string Unreadable = "PAR001";

    /// <summary>The file is larger than <see cref="YamlLimits.MaxFileBytes"/>.</summary>
    public const string TooLarge = "PAR002";

    /// <summary>The text is not valid YAML (or not text).</summary>
    public const string NotYaml = "PAR003";

    /// <summary>The file holds no YAML document.</summary>
    public const string Empty = "PAR004";

    /// <summary>Aliases expand beyond the bound.</summary>
    public const string AliasExpansion = "PAR005";

    /// <summary>Nesting deeper than allowed.</summary>
    public const string TooComplex = "PAR006";

    /// <summary>More actors, issues or options than <see cref="YamlLimits"/> allows; refused before any reading of them.</summary>
    public const string TooMany = "PAR008";

    /// <summary>More than one YAML document in the file.</summary>
    public const string ExtraDocument = "PAR007";

    /// <summary>A value of the wrong type (a list where a number belongs, …).</summary>
    public const string WrongType = "PAR010";

    /// <summary>A key the format does not define.</summary>
    public const string UnknownKey = "PAR011";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "PAR012";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "PAR013";

    /// <summary>Two items of one kind share an id.</summary>
    public const string DuplicateId = "PAR014";

    /// <summary>A reference to an actor, issue, option, source or lever that does not exist.</summary>
    public const string UnknownReference = "PAR020";

    /// <summary>A number outside its allowed range.</summary>
    public const string OutOfRange = "PAR030";

    /// <summary>A discrete issue without options.</summary>
    public const string EmptyOptions = "PAR031";

    /// <summary>An acceptable set that names options the issue does not have.</summary>
    public const string AcceptableNotSubset = "PAR032";

    /// <summary>A preferred option outside the actor's own acceptable set.</summary>
    public const string PreferredNotAcceptable = "PAR033";

    /// <summary>An actor's weights do not sum to 1 (they are normalised).</summary>
    public const string WeightsNotNormalised = "PAR034";

    /// <summary>A numeric value outside its issue's range.</summary>
    public const string OutsideIssueRange = "PAR035";

    /// <summary>An issue with both options and a range, or neither.</summary>
    public const string IssueShape = "PAR036";

    /// <summary>A position without a preferred option and without values.</summary>
    public const string NoPreference = "PAR037";

    /// <summary>The same entry twice where only one is allowed (e.g. two trends for one actor's figure).</summary>
    public const string DuplicateEntry = "PAR038";

    /// <summary>An interaction term's condition that names no option of its issue, is empty, or gives a range with min above max.</summary>
    public const string InteractionCondition = "PAR039";

    /// <summary>A red line (an acceptable set narrower than all options) marked as stated without a quote that says it.</summary>
    public const string StatedRedLineWithoutQuote = "PAR041";

    /// <summary>A basis 'inferred' without a note giving the modeller's reasoning.</summary>
    public const string InferredWithoutNote = "PAR042";

    /// <summary>Some stands on an issue give an absolute salience and others do not.</summary>
    public const string SalienceOnSomeStands = "PAR043";

    /// <summary>A date that is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY), or revisions whose dates do not ascend.</summary>
    public const string BadDate = "PAR062";

    /// <summary>A lever effect that cannot be applied (it leaves a figure out of range, or removes the last option).</summary>
    public const string LeverNotApplicable = "PAR040";

    /// <summary>A claim's test expression that does not parse, or names an unknown lens, argument or property, or mixes numbers and truth values.</summary>
    public const string ClaimTest = "PAR050";

    /// <summary>A time (trend point, lever start, claim time) outside the dynamics horizon.</summary>
    public const string OutsideHorizon = "PAR060";

    /// <summary>The times of a trend's steps or series do not strictly ascend, or a linear trend ends before it starts.</summary>
    public const string TimesNotAscending = "PAR061";

    /// <summary>A condition over conflict options (preference statement, infeasibility) that does not parse.</summary>
    public const string ConditionSyntax = "PAR070";

    /// <summary>The conflict's infeasibility conditions rule out every state.</summary>
    public const string NoFeasibleState = "PAR071";

    /// <summary>The conflict's status quo is an infeasible state.</summary>
    public const string InfeasibleStatusQuo = "PAR072";

    /// <summary>An explicit ranking that is not a ranking of the conflict's feasible states.</summary>
    public const string BadRanking = "PAR073";

    /// <summary>An end state with neither 'when' nor 'agreements', a 'when' without a conflict section, or an agreement outcome that is not true or false.</summary>
    public const string BadEndState = "PAR074";

    /// <summary>An unexpected failure inside Parley; the message asks the user to report it.</summary>
    public const string Internal = "PAR999";
}
