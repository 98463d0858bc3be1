using System.Collections.Immutable;
using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Formats.Genius;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Gmcr;
using Parley.Formats.Ktab;
using Parley.Formats.Writing;

namespace Parley.Web.Scenarios;

/// <summary>
/// Turns uploaded files into a scenario for the library. A Parley YAML is stored as it was written (comments
/// and all); GENIUS XML, GeniusWeb JSON, gmcr-py and KTAB CSV files are read by their importers, made into the scenario
/// format (<see cref="ImportedScenarios"/>) and written by <see cref="ScenarioYamlWriter"/>; the written YAML is
/// read back before it is stored, so the library only ever holds scenarios its reader accepts.
/// </summary>
public static class ScenarioImports
{
    /// <summary>The file endings an import accepts, for the upload control.</summary>
    public const string Accept = ".yaml,.yml,.xml,.json,.gmcr,.csv";

    /// <summary>Reads and converts <paramref name="files"/>; never throws for their content.</summary>
    public static ImportOutcome Import(IReadOnlyList<ImportFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return Refused("(none)", "No file was sent. Send a scenario (.yaml), a GENIUS domain and profiles (.xml), a GeniusWeb domain and profiles (.json), a gmcr-py file (.gmcr) or a KTAB file (.csv).");
        }

        var kinds = files.Select(f => Path.GetExtension(f.Name).ToLowerInvariant()).Distinct().ToList();
        if (kinds.Count > 1)
        {
            return Refused(files[0].Name, $"The files are of different kinds ({string.Join(", ", kinds)}). Import one scenario at a time: one .yaml, one .gmcr, one .csv, or a domain with its profiles (all .xml or all .json).");
        }

        var domain = files.Where(f => f.IsDomain).ToList();
        var others = files.Where(f => !f.IsDomain).ToList();
        switch (kinds[0])
        {
            case ".yaml" or ".yml":
                return Single(files, "scenario", f => Yaml(f));
            case ".gmcr":
                return Single(files, "gmcr-py file", Gmcr);
            case ".xml":
                return Negotiation(domain, others, (d, p) => GeniusImporter.Parse(d, p));
            case ".json":
                return Negotiation(domain, others, (d, p) => GeniusWebImporter.Parse(d, p));
            case ".csv":
                return Single(files, "KTAB file", Ktab);
            default:
                return Refused(files[0].Name, $"Parley does not import files ending in '{kinds[0]}'. Send a .yaml, .xml (GENIUS), .json (GeniusWeb), .gmcr or .csv (KTAB) file.");
        }
    }

    private static ImportOutcome Single(IReadOnlyList<ImportFile> files, string what, Func<ImportFile, ImportOutcome> read) =>
        files.Count == 1 ? read(files[0]) : Refused(files[1].Name, $"Send one {what} at a time; {files.Count} files were sent.");

    private static ImportOutcome Yaml(ImportFile file)
    {
        var read = Parley.Formats.Yaml.ScenarioReader.Read(file.Content, file.Name);
        return new ImportOutcome(read.Value is null ? null : file.Content, read.Value?.Title, read.Diagnostics, []);
    }

    private static ImportOutcome Gmcr(ImportFile file)
    {
        var read = GmcrReader.Parse(file.Content, file.Name);
        if (read.Value is not { } gmcr)
        {
            return new ImportOutcome(null, null, read.Diagnostics, []);
        }

        var (scenario, changes) = ImportedScenarios.FromGmcr(gmcr, file.Name);
        return Written(scenario, read.Diagnostics, changes);
    }

    private static ImportOutcome Ktab(ImportFile file)
    {
        var read = KtabImporter.Parse(new SourceText(file.Name, file.Content));
        if (read.Value is not { } imported)
        {
            return new ImportOutcome(null, null, read.Diagnostics, []);
        }

        var (scenario, changes) = ImportedScenarios.WithValidIds(imported);
        return Written(scenario, read.Diagnostics, changes);
    }

    private static ImportOutcome Negotiation(List<ImportFile> domain, List<ImportFile> profiles, Func<SourceText?, IReadOnlyList<SourceText>, ParseResult<Scenario>> parse)
    {
        if (domain.Count > 1)
        {
            return Refused(domain[1].Name, "Mark one file as the domain; the others are the profiles, one per party.");
        }

        var read = parse(domain.Count == 1 ? new SourceText(domain[0].Name, domain[0].Content) : null, [.. profiles.Select(p => new SourceText(p.Name, p.Content))]);
        if (read.Value is not { } imported)
        {
            return new ImportOutcome(null, null, read.Diagnostics, []);
        }

        var (scenario, changes) = ImportedScenarios.WithValidIds(imported);
        return Written(scenario, read.Diagnostics, changes);
    }

    private static ImportOutcome Written(Scenario scenario, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> changes)
    {
        var written = ScenarioYamlWriter.Write(scenario);
        var back = ScenarioYaml.Read(written.Yaml);
        if (back.Value is null)
        {
            // The writer and the reader disagree: a defect of Parley's, said as one, never stored.
            return new ImportOutcome(null, null, diagnostics.AddRange(back.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)), [.. changes, "Parley could not write the imported scenario in a form its reader accepts; please report this with the files."]);
        }

        return new ImportOutcome(written.Yaml, scenario.Title, diagnostics.AddRange(back.Diagnostics), [.. changes, .. written.Losses]);
    }

    private static ImportOutcome Refused(string file, string message) =>
        new(null, null, [Diagnostic.Error("PARIMPORT", message, SourceLocation.OfFile(file))], []);
}
