using System.Collections.Immutable;
using Parley.Core.Diagnostics;

namespace Parley.Web.Scenarios;

/// <summary>
/// An import: the scenario YAML to store (null when the files have errors), the readers' diagnostics (errors
/// and warnings, located in the uploaded files), and the changes the conversion made (ids renamed, parts the
/// scenario format cannot hold), each a sentence the user is shown.
/// </summary>
public sealed record ImportOutcome(string? Yaml, string? Title, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Changes);
