using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Shared;

namespace Portal.Libraries;

public static class LibrariesRegistration
{
    /// <summary>Each circuit's scope, the library commands' service and the title that names the library (ADR 039).</summary>
    public static IServiceCollection AddLibraries(this IServiceCollection services)
    {
        services.AddScoped<LibraryAdmin>();
        services.AddScoped<PortalTitle>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, LibraryCircuitScope>());
        return services;
    }
}
