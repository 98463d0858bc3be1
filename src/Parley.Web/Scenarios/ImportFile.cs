namespace Parley.Web.Scenarios;

/// <summary>One uploaded file of an import: its name (the extension picks the reader), its text, and whether it is the GENIUS/GeniusWeb domain.</summary>
public sealed record ImportFile(string Name, string Content, bool IsDomain);
