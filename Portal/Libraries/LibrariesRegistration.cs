using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Shared;

namespace Portal.Libraries;

public static class LibrariesRegistration
{
    /// <summary>The tree of libraries, each circuit's scope, the library commands' service and the title that names the library (ADR 039).</summary>
    public static IServiceCollection AddLibraries(this IServiceCollection services)
    {
        services.AddSingleton<LibraryTree>();
        services.AddScoped<LibraryAdmin>();
        services.AddSingleton<ILibraryNames>(sp => sp.GetRequiredService<LibraryTree>());
        services.AddScoped<PortalTitle>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, LibraryCircuitScope>());
        return services;
    }
}
