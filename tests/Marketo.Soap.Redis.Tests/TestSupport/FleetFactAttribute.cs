namespace Marketo.Soap.Redis.Tests.TestSupport;

/// <summary>
/// A test of real processes and real 20-second windows: it takes a minute or more, so it runs
/// where <c>MARKETO_SOAP_FLEET_TESTS=1</c> is set (the CI step <c>.ci/steps/redis.sh</c> sets it)
/// and is skipped in the quick run of README's test command.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FleetFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "MARKETO_SOAP_FLEET_TESTS";

    public FleetFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1")
        {
            Skip = $"Runs real processes for a minute or more; set {EnvironmentVariable}=1 (as .ci/steps/redis.sh does).";
        }
    }
}
