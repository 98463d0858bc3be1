namespace Parley.Core.Model;

/// <summary>The word each provenance is written with, in scenario files, reports and JSON.</summary>
public static class ProvenanceWords
{
    /// <summary>"stated", "inferred" or "assumption": the word a scenario file uses for the basis.</summary>
    public static string Word(this Provenance provenance) => provenance switch
    {
        Provenance.Stated => "stated",
        Provenance.Inferred => "inferred",
        _ => "assumption",
    };

    /// <summary>True for what the modeller supplied (an inference or an assumption), not a source's own words.</summary>
    public static bool IsJudgement(this Provenance provenance) => provenance != Provenance.Stated;
}
