namespace Parley.Formats.Yaml;

/// <summary>The keys the scenario format defines, per mapping (see <c>docs/scenario-format.md</c>).</summary>
internal static class ScenarioKeys
{
    public static readonly string[] Root = ["parley", "id", "title", "description", "sources", "actors", "issues", "positions", "proposals", "levers", "claims", "conflict", "dynamics", "end-states"];
    public static readonly string[] EndState = ["id", "name", "description", "when", "agreements", "sources"];
    public static readonly string[] Source = ["id", "title", "publisher", "date", "url", "grade", "note", "kind"];
    public static readonly string[] Actor = ["id", "name", "role", "capability", "supports", "description", "sources"];
    public static readonly string[] Issue = ["id", "name", "track", "description", "options", "range", "consent", "status-quo"];
    public static readonly string[] Option = ["id", "label", "axis"];
    public static readonly string[] Range = ["min", "max", "unit", "step"];
    public static readonly string[] Position = ["actor", "date", "walk-away", "sources", "issues", "interactions", "revisions"];
    public static readonly string[] Revision = ["date", "walk-away", "issues", "sources", "note"];
    public static readonly string[] Interaction = ["when", "value", "description", "sources"];
    public static readonly string[] IssuePosition = ["prefer", "accept", "weight", "salience", "values", "basis", "quote", "sources", "note"];
    public static readonly string[] Figure = ["value", "basis", "note", "sources", "uncertainty"];
    public static readonly string[] Uncertainty = ["min", "max", "mode", "mean", "sd"];
    public static readonly string[] Proposal = ["id", "name", "by", "date", "terms", "description", "sources"];
    public static readonly string[] Lever = ["id", "name", "by", "effects", "starts-at", "description", "basis", "sources"];
    public static readonly string[] Claim = ["id", "statement", "test", "with", "at", "sources"];
    public static readonly string[] Effects = ["walk-away", "capability", "weight", "remove-option", "impose-option", "accept", "reject", "fix-option", "forbid-option", "preferences"];
    public static readonly string[] Conflict = ["decision-makers", "infeasible", "status-quo", "coalitions", "note"];
    public static readonly string[] DecisionMaker = ["actor", "options", "preferences", "ranking"];
    public static readonly string[] ConflictOption = ["id", "name", "direction"];
    public static readonly string[] Statement = ["statement", "basis", "note", "sources"];
    public static readonly string[] Infeasible = ["at-most-one", "at-least-one", "exactly-one", "requires", "when", "note"];
    public static readonly string[] Coalition = ["id", "members"];
    public static readonly string[] PreferenceChange = ["actor", "statements"];
    public static readonly string[] Directions = ["both", "take-only", "drop-only"];
    public static readonly string[] ActorChange = ["actor", "set", "add", "multiply"];
    public static readonly string[] WeightChange = ["actor", "issue", "set", "add", "multiply"];
    public static readonly string[] OptionRef = ["issue", "option"];
    public static readonly string[] AcceptanceRef = ["actor", "issue", "option", "min", "max"];
    public static readonly string[] Roles = ["party", "mediator", "backer", "host", "observer"];
    public static readonly string[] Bases = ["stated", "inferred", "assumption"];
}
