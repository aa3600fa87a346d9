using System.Security.Claims;

namespace Portal.Tests.Support;

/// <summary>Signed-in writers for tests, so that audit records and conflicts name a person.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal Named(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], authenticationType: "test"));
}
