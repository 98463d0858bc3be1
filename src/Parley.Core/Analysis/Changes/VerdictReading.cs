using Parley.Core.Agreement;

namespace Parley.Core.Analysis.Changes;

/// <summary>A track's agreement verdict.</summary>
/// <param name="Verdict">The verdict.</param>
public sealed record VerdictReading(AgreementVerdict Verdict) : LensReading;
