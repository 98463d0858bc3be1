namespace Parley.Formats.Json.Dto.Stability;

/// <summary>
/// The document of <c>parley stability --format json</c> (see <c>docs/json-output.md</c>, section <c>stability</c>).
/// States are gmcr-py state numbers (1-based). The per-state lists are enumerated as they are written.
/// </summary>
/// <param name="ScenarioId">The scenario's id, or the .gmcr file's name without extension.</param>
/// <param name="File">The file analysed.</param>
/// <param name="Levers">The levers pulled, in order.</param>
/// <param name="DecisionMakers">Actor ids, in bit order.</param>
/// <param name="Options">Option names, in bit order.</param>
/// <param name="StateCount">Feasible states.</param>
/// <param name="StatesListed">True when <paramref name="States"/> and every stability list hold every state.</param>
/// <param name="States">The states listed.</param>
/// <param name="Concepts">Per concept computed, its equilibria and per-state stability.</param>
/// <param name="StatusQuo">The status quo's stability, deterrence and paths, or null.</param>
/// <param name="Coalitions">Coalition stability per coalition asked.</param>
/// <param name="Inverse">The inverse search (<c>--inverse</c>), or null.</param>
public sealed record StabilityDocument(
    string ScenarioId,
    string File,
    IEnumerable<string> Levers,
    IEnumerable<string> DecisionMakers,
    IEnumerable<string> Options,
    int StateCount,
    bool StatesListed,
    IEnumerable<StateDto> States,
    IEnumerable<ConceptDto> Concepts,
    StatusQuoDto? StatusQuo,
    IEnumerable<CoalitionDto> Coalitions,
    InverseDto? Inverse) : OutputDocument("stability", ScenarioId);
