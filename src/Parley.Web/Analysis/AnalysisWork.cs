using System.Collections.Immutable;
using Parley.Core.Analysis;
using Parley.Core.Model;
using Parley.Core.Variants;

namespace Parley.Web.Analysis;

/// <summary>One background analysis: the job, the scenario, the options and the variants of its plan (<see cref="ScenarioAnalysis.Plan"/>).</summary>
public sealed record AnalysisWork(Guid Job, Scenario Scenario, AnalysisOptions Options, ImmutableArray<VariantKey> Variants);
