using System.Collections.Immutable;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Core.Diagnostics;
using Parley.Formats.Json;

namespace Parley.Web.Api;

/// <summary>The API's errors as problem details (RFC 9457), each with a sentence that says what to do.</summary>
public static class ApiProblems
{
    /// <summary>404: said both for a scenario that does not exist and for one the caller may not see, so a stranger learns nothing.</summary>
    public static ProblemHttpResult NotFound(string what = "scenario") =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} with this id that you may see.");

    /// <summary>403: the caller may see the scenario but not do this to it.</summary>
    public static ProblemHttpResult Forbidden(string need) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: $"Only {need} of this scenario may do this.");

    /// <summary>422 with a sentence.</summary>
    public static ProblemHttpResult Unprocessable(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: title, detail: detail);

    /// <summary>422 carrying the reader's diagnostics (file, line, column, code, message).</summary>
    public static ProblemHttpResult Diagnostics(ImmutableArray<Diagnostic> diagnostics, string title = "The scenario has errors")
    {
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
            Detail = errors == 1 ? "1 error; see `diagnostics` for its line, column and how to fix it." : $"{errors} errors; see `diagnostics` for each one's line, column and how to fix it.",
        };
        problem.Extensions["diagnostics"] = diagnostics.Select(DiagnosticJson.From).ToList();
        return TypedResults.Problem(problem);
    }

    /// <summary>422 carrying a what-if's problems, each with its code and sentence.</summary>
    public static ProblemHttpResult WhatIf(IReadOnlyList<Parley.Web.Analysis.WhatIfProblem> problems)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The what-if does not fit the scenario",
            Detail = problems.Count == 0 ? "The what-if could not be answered." : string.Join(" ", problems.Select(p => p.Message)),
        };
        problem.Extensions["problems"] = problems.Select(p => new { code = p.Code, message = p.Message }).ToList();
        return TypedResults.Problem(problem);
    }

    /// <summary>415: the body is not YAML.</summary>
    public static ProblemHttpResult NotYaml() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the scenario as YAML", detail: "Send the scenario's YAML with `Content-Type: application/yaml`.");

    /// <summary>413: the body is larger than a scenario may be.</summary>
    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The scenario is too large", detail: $"Scenarios may be up to {limit / (1024 * 1024)} MB.");
}
