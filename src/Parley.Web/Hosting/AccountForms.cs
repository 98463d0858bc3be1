using Microsoft.AspNetCore.Identity;
using Parley.Web.Data;

namespace Parley.Web.Hosting;

/// <summary>The UI's logout (a form post, checked for its anti-forgery token).</summary>
public static class AccountForms
{
    public static void MapAccountForms(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<ParleyUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).ExcludeFromDescription().WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
    }
}
