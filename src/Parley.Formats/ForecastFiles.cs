using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Eum;
using Parley.Formats.Ktab;
using Parley.Formats.Text;

namespace Parley.Formats;

/// <summary>Reads any file <c>parley forecast</c> accepts, choosing the reader by extension and, for CSV, by the header.</summary>
public static class ForecastFiles
{
    /// <summary>Reads <paramref name="path"/>: .yaml/.yml scenarios, .xml KTAB files, .csv/.tsv/.txt KTAB files or expected-utility tables.</summary>
    public static ParseResult<ForecastFile> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".yaml" or ".yml":
            {
                var read = ScenarioFiles.Read(path);
                return read.Value is null
                    ? ParseResult<ForecastFile>.Failure(read.Diagnostics)
                    : ParseResult<ForecastFile>.Success(new ForecastFile(read.Value.Title, read.Value, [], SpatialPoliticsOptions.Default), read.Diagnostics);
            }

            case ".xml":
                return FromKtab(KtabXmlReader.ReadFile(path));
            case ".csv" or ".tsv" or ".txt":
            {
                var diagnostics = new List<Diagnostic>();
                if (SourceText.Load(path, "PF0100", diagnostics) is not { } source)
                {
                    return ParseResult<ForecastFile>.Failure(diagnostics);
                }

                string header = TextLines.FirstNonBlank(source.Content);
                if (EumTableReader.LooksLikeTable(header) || (!KtabCsvReader.LooksLikeFirstLine(header) && EumTableReader.MeantAsTable(header)))
                {
                    var eum = EumTableReader.Read(source.Content, path);
                    return eum.Value is null
                        ? ParseResult<ForecastFile>.Failure(eum.Diagnostics)
                        : ParseResult<ForecastFile>.Success(new ForecastFile(eum.Value.Name, null, [ForecastFile.SubjectOf(eum.Value.Problem)], SpatialPoliticsOptions.Default), eum.Diagnostics);
                }

                return FromKtab(KtabCsvReader.Read(source.Content, path));
            }

            default:
                return ParseResult<ForecastFile>.Failure([Diagnostic.Error("PF0100", $"Parley does not know files ending in '{extension}' for forecasts. Give a scenario (.yaml), a KTAB file (.csv, .xml) or an expected-utility table (.csv).", SourceLocation.OfFile(path))]);
        }
    }

    private static ParseResult<ForecastFile> FromKtab(ParseResult<KtabScenario> read) =>
        read.Value is null
            ? ParseResult<ForecastFile>.Failure(read.Diagnostics)
            : ParseResult<ForecastFile>.Success(new ForecastFile(read.Value.Name, null, [ForecastFile.SubjectOf(read.Value.Problem)], read.Value.Options), read.Diagnostics);
}
