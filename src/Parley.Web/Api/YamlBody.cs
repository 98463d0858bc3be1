using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Web.Scenarios;

namespace Parley.Web.Api;

/// <summary>Reads a request body of YAML, no larger than a scenario may be.</summary>
public static class YamlBody
{
    private static readonly string[] MediaTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    /// <summary>The body's text, or the problem to answer instead.</summary>
    public static async Task<(string? Text, ProblemHttpResult? Problem)> Read(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        if (!MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.NotYaml());
        }

        if (request.ContentLength > ScenarioYaml.MaxBytes)
        {
            return (null, ApiProblems.TooLarge(ScenarioYaml.MaxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ScenarioYaml.MaxBytes)
            {
                return (null, ApiProblems.TooLarge(ScenarioYaml.MaxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblems.Unprocessable("The scenario is not UTF-8 text", "Send the scenario's YAML encoded as UTF-8."));
        }
    }
}
