using System.Security.Claims;

namespace Parley.Web.Api;

/// <summary>The signed-in user's id.</summary>
public static class CurrentUser
{
    /// <summary>The id of the authenticated <paramref name="user"/>.</summary>
    public static string Id(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.");
    }
}
