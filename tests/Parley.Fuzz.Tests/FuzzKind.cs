namespace Parley.Fuzz.Tests;

/// <summary>The kinds of input Parley reads, each with its reader and the commands that analyse it.</summary>
public enum FuzzKind
{
    /// <summary>A scenario (.yaml).</summary>
    Scenario,

    /// <summary>A gmcr-py save file (.gmcr).</summary>
    Gmcr,

    /// <summary>A GENIUS domain and its profiles (.xml).</summary>
    GeniusXml,

    /// <summary>A GeniusWeb domain and its profiles (.json).</summary>
    GeniusWebJson,

    /// <summary>A KTAB CSV file.</summary>
    KtabCsv,

    /// <summary>A KTAB XML file.</summary>
    KtabXml,

    /// <summary>An expected-utility table (.csv).</summary>
    EumTable,

    /// <summary>A DEU III style outcome table (.tsv).</summary>
    DeuTable,
}
