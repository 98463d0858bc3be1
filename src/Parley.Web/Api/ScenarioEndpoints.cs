using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Formats.Json;
using Parley.Web.Analysis;
using Parley.Web.Data;
using Parley.Web.Grains;
using Parley.Web.Scenarios;

namespace Parley.Web.Api;

/// <summary>Scenarios, their versions, sharing and what-ifs. Everything requires a bearer token; access is checked per scenario.</summary>
public static class ScenarioEndpoints
{
    public static RouteGroupBuilder MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").WithTags("Scenarios");
        group.MapPost("/", Create).Accepts<string>("application/yaml").WithSummary("Create a scenario from its YAML.");
        group.MapGet("/", List).WithSummary("My scenarios and those shared with me.");
        group.MapPost("/import", Import).DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary("Create a scenario by importing files: a scenario (.yaml), a GENIUS domain and profiles (.xml), a GeniusWeb domain and profiles (.json), a gmcr-py file (.gmcr) or a KTAB file (.csv). The domain file is the part named `domain`.");
        group.MapGet("/templates", Templates).WithSummary("The templates a new scenario may start from.");
        group.MapPost("/templates/{name}", FromTemplate).WithSummary("Create a scenario from a template.");
        group.MapGet("/{id:guid}", Get).WithSummary("A scenario's latest version (or ?version=N).");
        group.MapPut("/{id:guid}", Save).Accepts<string>("application/yaml").WithSummary("Save a new version.");
        group.MapDelete("/{id:guid}", Delete).WithSummary("Delete a scenario with all its versions (owner only).");
        group.MapGet("/{id:guid}/versions", Versions).WithSummary("A scenario's versions, newest first.");
        group.MapGet("/{id:guid}/versions/{version:int}", Version).WithSummary("One version.");
        group.MapGet("/{id:guid}/compare", Compare).WithRequestTimeout(ParleyApi.ReportTimeout)
            .WithSummary("Two versions compared (?from=N&to=M): the line diff of the YAML and every answer that differs (verdicts per variant and track, stability and equilibria per concept, forecasts, claims).");
        group.MapPost("/{id:guid}/shares", Share).WithSummary("Share with another account as viewer or editor (owner only).");
        group.MapGet("/{id:guid}/whatif", Choices).WithSummary("The levers, figures and horizon a what-if may use.");
        group.MapPost("/{id:guid}/whatif", WhatIf).WithRequestTimeout(ParleyApi.WhatIfTimeout).WithSummary("The verdicts of every lens with levers pulled, figures moved, at a date.");
        return group;
    }

    private static async Task<Results<Created<SavedScenario>, ProblemHttpResult>> Create(HttpRequest request, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        var (yaml, problem) = await YamlBody.Read(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var read = ScenarioYaml.Read(yaml!);
        if (read.Value is not { } scenario)
        {
            return ApiProblems.Diagnostics(read.Diagnostics);
        }

        var (id, version) = await store.Create(CurrentUser.Id(user), scenario.Title, yaml!, cancellationToken);
        return TypedResults.Created($"/api/scenarios/{id}", new SavedScenario(id, version, [.. read.Diagnostics.Select(DiagnosticJson.From)]));
    }

    private static async Task<Results<Created<ImportedScenario>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the files as a form", detail: "Send the files as `multipart/form-data`; name the GENIUS or GeniusWeb domain file's part `domain`.");
        }

        if (request.ContentLength > ScenarioYaml.MaxBytes)
        {
            return ApiProblems.TooLarge(ScenarioYaml.MaxBytes);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Sum(f => f.Length) > ScenarioYaml.MaxBytes)
        {
            return ApiProblems.TooLarge(ScenarioYaml.MaxBytes);
        }

        var files = new List<ImportFile>();
        foreach (var file in form.Files)
        {
            using var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            string name = string.IsNullOrWhiteSpace(file.FileName) ? file.Name : Path.GetFileName(file.FileName);
            files.Add(new ImportFile(name, await reader.ReadToEndAsync(cancellationToken), string.Equals(file.Name, "domain", StringComparison.OrdinalIgnoreCase)));
        }

        var outcome = ScenarioImports.Import(files);
        if (outcome.Yaml is not { } yaml)
        {
            return ApiProblems.Diagnostics(outcome.Diagnostics, "The files could not be imported");
        }

        var (id, version) = await store.Create(CurrentUser.Id(user), outcome.Title!, yaml, cancellationToken);
        return TypedResults.Created($"/api/scenarios/{id}", new ImportedScenario(id, version, [.. outcome.Diagnostics.Select(DiagnosticJson.From)], outcome.Changes));
    }

    private static Ok<TemplateSummary[]> Templates() =>
        TypedResults.Ok(ScenarioTemplates.All.Select(t => new TemplateSummary(t.Name, t.Summary)).ToArray());

    private static async Task<Results<Created<SavedScenario>, ProblemHttpResult>> FromTemplate(string name, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        if (ScenarioTemplates.Read(name) is not { } yaml || ScenarioYaml.Read(yaml).Value is not { } scenario)
        {
            return ApiProblems.NotFound("template");
        }

        var (id, version) = await store.Create(CurrentUser.Id(user), scenario.Title, yaml, cancellationToken);
        return TypedResults.Created($"/api/scenarios/{id}", new SavedScenario(id, version, []));
    }

    private static async Task<Ok<IReadOnlyList<ScenarioSummary>>> List(ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.List(CurrentUser.Id(user), cancellationToken));

    private static async Task<Results<Ok<ScenarioVersion>, ProblemHttpResult>> Get(Guid id, int? version, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken) =>
        await store.Read(CurrentUser.Id(user), id, version, cancellationToken) is { } v ? TypedResults.Ok(v) : ApiProblems.NotFound();

    private static Task<Results<Ok<ScenarioVersion>, ProblemHttpResult>> Version(Guid id, int version, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken) =>
        Get(id, version, user, store, cancellationToken);

    private static async Task<Results<Ok<SavedScenario>, ProblemHttpResult>> Save(Guid id, HttpRequest request, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        string userId = CurrentUser.Id(user);
        switch (await store.RoleOf(userId, id, cancellationToken))
        {
            case null:
                return ApiProblems.NotFound();
            case ShareRole.Viewer:
                return ApiProblems.Forbidden("its owner and editors");
        }

        var (yaml, problem) = await YamlBody.Read(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var read = ScenarioYaml.Read(yaml!);
        if (read.Value is not { } scenario)
        {
            return ApiProblems.Diagnostics(read.Diagnostics);
        }

        return await store.Save(userId, id, scenario.Title, yaml!, cancellationToken) is { } number
            ? TypedResults.Ok(new SavedScenario(id, number, [.. read.Diagnostics.Select(DiagnosticJson.From)]))
            : ApiProblems.NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        string userId = CurrentUser.Id(user);
        switch (await store.RoleOf(userId, id, cancellationToken))
        {
            case null:
                return ApiProblems.NotFound();
            case not ShareRole.Owner:
                return ApiProblems.Forbidden("the owner");
        }

        return await store.Delete(userId, id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<VersionSummary>>, ProblemHttpResult>> Versions(Guid id, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken) =>
        await store.Versions(CurrentUser.Id(user), id, cancellationToken) is { } list ? TypedResults.Ok(list) : ApiProblems.NotFound();

    private static async Task<Results<Ok<VersionComparison>, ProblemHttpResult>> Compare(Guid id, int? from, int? to, ClaimsPrincipal user, ScenarioStore store, AnalysisWorkers workers, CancellationToken cancellationToken)
    {
        string userId = CurrentUser.Id(user);
        if (await store.Read(userId, id, to, cancellationToken) is not { } after)
        {
            return ApiProblems.NotFound();
        }

        int earlier = from ?? Math.Max(1, after.Version - 1);
        if (await store.Read(userId, id, earlier, cancellationToken) is not { } before)
        {
            return ApiProblems.NotFound("version");
        }

        return TypedResults.Ok(await workers.Run(() => VersionComparison.Of(before, after, cancellationToken), cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Share(Guid id, ShareRequest body, ClaimsPrincipal user, ScenarioStore store, CancellationToken cancellationToken)
    {
        switch (await store.RoleOf(CurrentUser.Id(user), id, cancellationToken))
        {
            case null:
                return ApiProblems.NotFound();
            case not ShareRole.Owner:
                return ApiProblems.Forbidden("the owner");
        }

        ShareRole? role = body.Role switch
        {
            "viewer" => ShareRole.Viewer,
            "editor" => ShareRole.Editor,
            _ => null,
        };
        if (role is null)
        {
            return ApiProblems.Unprocessable("Unknown role", $"`role` must be `viewer` or `editor`; got '{body.Role}'.");
        }

        return await store.Share(id, body.Email ?? string.Empty, role.Value, cancellationToken) switch
        {
            ShareOutcome.Shared => TypedResults.NoContent(),
            ShareOutcome.IsOwner => ApiProblems.Unprocessable("Already the owner", "That account owns the scenario already."),
            _ => ApiProblems.Unprocessable("No such account", "No account has that e-mail address; ask them to register first."),
        };
    }

    private static async Task<Results<Ok<WhatIfChoices>, ProblemHttpResult>> Choices(Guid id, int? version, ClaimsPrincipal user, ScenarioStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (await store.RoleOf(CurrentUser.Id(user), id, cancellationToken) is null)
        {
            return ApiProblems.NotFound();
        }

        int latest = await store.LatestVersion(id, cancellationToken) ?? 0;
        int number = version ?? latest;
        if (number < 1 || number > latest)
        {
            return ApiProblems.NotFound("version");
        }

        return TypedResults.Ok(await grains.GetGrain<IScenarioVersionGrain>(ScenarioVersionGrain.Key(id, number)).Choices());
    }

    private static async Task<Results<Ok<WhatIfResponse>, ProblemHttpResult>> WhatIf(Guid id, int? version, WhatIfRequest body, ClaimsPrincipal user, ScenarioStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await store.RoleOf(CurrentUser.Id(user), id, cancellationToken) is null)
        {
            return ApiProblems.NotFound();
        }

        int latest = await store.LatestVersion(id, cancellationToken) ?? 0;
        int number = version ?? latest;
        if (number < 1 || number > latest)
        {
            return ApiProblems.NotFound();
        }

        var outcome = await grains.GetGrain<IScenarioVersionGrain>(ScenarioVersionGrain.Key(id, number)).WhatIf(body, cancellationToken);
        if (outcome.Answer is not { } answer)
        {
            return ApiProblems.WhatIf(outcome.Problems);
        }

        return TypedResults.Ok(new WhatIfResponse(number, outcome.Cached, Stopwatch.GetElapsedTime(started).TotalMilliseconds, answer));
    }
}
