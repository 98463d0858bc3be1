namespace Parley.Core.Model;

/// <summary>How many items of one kind are stated, inferred (the modeller's reading of a source) and assumed.</summary>
/// <param name="Stated">Stated by the actor, with a source.</param>
/// <param name="Inferred">The modeller's reading of a source, with the reasoning in a note.</param>
/// <param name="Assumed">The modeller's judgement.</param>
public sealed record ProvenanceCount(int Stated, int Inferred, int Assumed)
{
    /// <summary>All three together.</summary>
    public int Total => Stated + Inferred + Assumed;

    /// <summary>Counts <paramref name="items"/> by provenance.</summary>
    public static ProvenanceCount Of(IEnumerable<Provenance> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int s = 0, i = 0, a = 0;
        foreach (var p in items)
        {
            switch (p)
            {
                case Provenance.Stated: s++; break;
                case Provenance.Inferred: i++; break;
                default: a++; break;
            }
        }

        return new ProvenanceCount(s, i, a);
    }

    /// <summary>"3 stated, 2 inferred, 1 assumed".</summary>
    public override string ToString() => $"{Stated} stated, {Inferred} inferred, {Assumed} assumed";
}
