using System.Text.Json;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Seeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketo.Soap.Testing.Admin;

/// <summary>
/// The admin HTTP API under <c>/_emulator/</c>: read the store, seed it, reset it, read and clear
/// the exchange log, inject faults, read and change the limits, health, and its own OpenAPI
/// document. JSON in and out; every bad request gets a 400 with a <c>ProblemDetails</c> body.
/// </summary>
internal static class AdminApi
{
    private const int DefaultMaxBodyChars = 16_384;

    private static readonly string[] StoreKinds = ["leads", "programs", "opportunities", "opportunityPersonRoles", "leadFields", "tagTypes", "activities", "campaignRuns", "channels", "customObjectTypes", "customObjects"];

    public static void AddServices(IServiceCollection services)
    {
        services.AddRouting();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = SeedJson.Options.DefaultIgnoreCondition;
            foreach (var converter in SeedJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Marketo SOAP emulator admin API";
            document.Info.Description = "Drives a running Marketo SOAP emulator (mktows 2_3): store, seeds, exchange log, fault injection, limits. The SOAP endpoint itself is /soap/mktows/2_3 (WSDL at ?WSDL).";
            return Task.CompletedTask;
        }));
    }

    /// <remarks>
    /// Bodies are read as JSON whatever their Content-Type, so a plain <c>curl -d</c> works; that is
    /// also why the routes declare no <c>Accepts</c> (it would refuse such calls with 415).
    /// </remarks>
    public static void Map(WebApplication app, MarketoSoapEmulator emulator)
    {
        var faults = new FaultRequestReader(emulator.Faults);
        var admin = app.MapGroup(EmulatorDefaults.AdminPath).AddEndpointFilter(RefuseBadRequests);

        app.MapOpenApi(EmulatorDefaults.AdminPath + "/openapi.json");

        admin.MapGet("/health", () => new HealthView(
            "ok",
            emulator.Endpoint,
            emulator.WsdlUri,
            emulator.Strict ? "strict" : "lenient",
            emulator.CallsInFlight,
            emulator.Log.Exchanges.Count,
            emulator.ExchangesDropped))
            .WithSummary("Whether the emulator is up, where its SOAP endpoint is, and how busy it is.");

        admin.MapGet("/store", () => StoreSnapshot.Take(emulator.Store))
            .Produces<SeedDocument>()
            .WithSummary("The whole store, in the seed file's shape (so it can be posted back as a seed).");

        admin.MapGet("/store/{kind}", (string kind) => StoreKind(emulator.Store, kind))
            .WithSummary("One kind of record: leads, programs, opportunities, opportunityPersonRoles, leadFields, tagTypes, activities, campaignRuns, channels, customObjectTypes or customObjects.");

        admin.MapPost("/seed", async (HttpRequest request) =>
        {
            emulator.SeedFromJson(await ReadBodyAsync(request).ConfigureAwait(false));
            emulator.SaveState();
            return Results.Ok(StoreSnapshot.Take(emulator.Store));
        })
            .Produces<SeedDocument>()
            .WithSummary("Adds a seed document's records to the store, all or none; answers the whole store. A reset removes them again.");

        admin.MapPost("/reset", () =>
        {
            emulator.ResetStore();
            emulator.SaveState();
            return StoreSnapshot.Take(emulator.Store);
        })
            .WithSummary("Puts the store back as the seed files given at start made it; records seeded or written since are gone.");

        admin.MapPost("/save", () =>
        {
            emulator.SaveState();
            return Results.NoContent();
        })
            .WithSummary("Saves the store to the state folder now (it is also saved on a clean stop); does nothing without one.");

        // Query values are taken as text and read here, so a bad one gets a problem body like any other bad request.
        admin.MapGet("/exchanges", (string? last, string? maxBodyChars) =>
        {
            var max = QueryNumber(maxBodyChars, "maxBodyChars") ?? DefaultMaxBodyChars;
            var count = QueryNumber(last, "last");

            var exchanges = emulator.Log.Exchanges;
            var shown = count is { } n ? exchanges.Skip(Math.Max(0, exchanges.Count - n)) : exchanges;
            return new ExchangeLogView(emulator.ExchangeLogCapacity, emulator.ExchangesDropped, [.. shown.Select(e => ExchangeView.From(e, max))]);
        })
            .WithSummary("The logged calls, oldest first; ?last=N for the latest N, ?maxBodyChars=N to cut bodies (default 16384). Signatures are redacted.");

        admin.MapDelete("/exchanges", () =>
        {
            emulator.ClearExchanges();
            return Results.NoContent();
        })
            .WithSummary("Forgets the logged calls, their warnings and the dropped count.");

        admin.MapGet("/faults", () => emulator.Faults.Rules.Select(FaultRuleView.From).ToList())
            .WithSummary("The fault rules still in force.");

        admin.MapPost("/faults", async (HttpRequest request) =>
        {
            var body = Deserialize<FaultRequest>(await ReadBodyAsync(request).ConfigureAwait(false));
            return Results.Ok(FaultRuleView.From(faults.Inject(body)));
        })
            .Produces<FaultRuleView>()
            .WithSummary("Injects a fault for the next count calls (default 1) or always, optionally for one operation; applyFirst handles the call before answering with the fault.");

        admin.MapPost("/faults/release", () => Results.Ok(new { released = faults.ReleaseHolds() }))
            .WithSummary("Lets every call held by a hold fault go on.");

        admin.MapDelete("/faults", () =>
        {
            faults.Clear();
            return Results.NoContent();
        })
            .WithSummary("Removes every fault rule and releases held calls.");

        admin.MapGet("/limits", () => Limits(emulator))
            .WithSummary("The rate, concurrency, daily and timestamp limits in force.");

        admin.MapPatch("/limits", async (HttpRequest request) =>
        {
            var change = Deserialize<LimitsBody>(await ReadBodyAsync(request).ConfigureAwait(false));
            ChangeLimits(emulator, change);
            return Limits(emulator);
        })
            .Produces<LimitsBody>()
            .WithSummary("Changes any of the limits; each must be at least 1. Calls already counted keep counting.");

        admin.Map("/{**rest}", (HttpRequest request) => Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such admin route",
            detail: $"{request.Method} {request.Path} is not an admin route; the routes are listed in {EmulatorDefaults.AdminPath}/openapi.json."))
            .ExcludeFromDescription();
    }

    private static int? QueryNumber(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"{name} must be a whole number from 0, not '{value}'.");
    }

    private static LimitsBody Limits(MarketoSoapEmulator emulator)
    {
        var (calls, concurrent, daily) = emulator.SoapEndpoint.Limiter.Limits;
        return new LimitsBody
        {
            CallsPer20Seconds = calls,
            MaxConcurrentCalls = concurrent,
            DailyQuota = daily,
            TimestampToleranceSeconds = (int)Math.Min(int.MaxValue, emulator.SoapEndpoint.Authenticator.Tolerance.TotalSeconds),
        };
    }

    private static void ChangeLimits(MarketoSoapEmulator emulator, LimitsBody change)
    {
        foreach (var (value, name) in new[] { (change.CallsPer20Seconds, "callsPer20Seconds"), (change.MaxConcurrentCalls, "maxConcurrentCalls"), (change.DailyQuota, "dailyQuota"), (change.TimestampToleranceSeconds, "timestampToleranceSeconds") })
        {
            if (value < 1)
            {
                throw new ArgumentException($"{name} must be at least 1; it is {value}.");
            }
        }

        var limiter = emulator.SoapEndpoint.Limiter;
        var (calls, concurrent, daily) = limiter.Limits;
        limiter.Limits = (change.CallsPer20Seconds ?? calls, change.MaxConcurrentCalls ?? concurrent, change.DailyQuota ?? daily);
        if (change.TimestampToleranceSeconds is { } seconds)
        {
            emulator.SoapEndpoint.Authenticator.Tolerance = TimeSpan.FromSeconds(seconds);
        }
    }

    private static object StoreKind(MarketoEmulatorStore store, string kind)
    {
        var snapshot = StoreSnapshot.Take(store);
        return kind switch
        {
            "leads" => snapshot.Leads,
            "programs" => snapshot.Programs,
            "opportunities" => snapshot.Opportunities,
            "opportunityPersonRoles" => snapshot.OpportunityPersonRoles,
            "leadFields" => snapshot.LeadFields,
            "tagTypes" => snapshot.TagTypes,
            "activities" => snapshot.Activities,
            "campaignRuns" => snapshot.CampaignRuns,
            "channels" => snapshot.Channels,
            "customObjectTypes" => snapshot.CustomObjectTypes,
            "customObjects" => snapshot.CustomObjects,
            _ => throw new ArgumentException($"Unknown kind '{kind}'; use one of {string.Join(", ", StoreKinds)}."),
        };
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(body) ? throw new ArgumentException("The request needs a JSON body.") : body;
    }

    private static T Deserialize<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, SeedJson.Options) ?? throw new ArgumentException("The body is JSON null; it must be an object.");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The body is not valid: {e.Message}", e);
        }
    }

    /// <summary>Every failure of an admin request is the caller's to fix, and is answered as such: 400 with a problem body, never a 500.</summary>
    private static async ValueTask<object?> RefuseBadRequests(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad admin request", detail: e.Message);
        }
    }
}
