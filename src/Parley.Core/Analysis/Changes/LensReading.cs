namespace Parley.Core.Analysis.Changes;

/// <summary>
/// One lens's answer, as a lever comparison reads it before and after the lever: typed values only
/// (verdicts, counts, ids, numbers); the words are made in <c>Parley.Formats.Text.LensChangeText</c>.
/// A closed set: the records of this folder are its only kinds.
/// </summary>
public abstract record LensReading
{
    private protected LensReading()
    {
    }
}
