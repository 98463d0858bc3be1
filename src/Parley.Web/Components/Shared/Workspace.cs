using Microsoft.AspNetCore.Components.Authorization;
using Parley.Web.Api;
using Parley.Web.Scenarios;

namespace Parley.Web.Components.Shared;

/// <summary>
/// What the UI's pages use to reach the store: one DI scope (and so one database context) per operation, since
/// a Blazor circuit lives long and may run several operations at once.
/// </summary>
public sealed class Workspace(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    /// <summary>The signed-in user's id.</summary>
    public async Task<string> UserId()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return CurrentUser.Id(state.User);
    }

    /// <summary>Runs <paramref name="action"/> with a fresh store, as the signed-in user.</summary>
    public async Task<T> Use<T>(Func<ScenarioStore, string, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        string user = await UserId();
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ScenarioStore>(), user);
    }
}
