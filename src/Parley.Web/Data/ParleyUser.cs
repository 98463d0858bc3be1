using Microsoft.AspNetCore.Identity;

namespace Parley.Web.Data;

/// <summary>A local account (ASP.NET Core Identity; the password is stored hashed).</summary>
public sealed class ParleyUser : IdentityUser
{
}
