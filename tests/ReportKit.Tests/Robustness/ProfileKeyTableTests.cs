using System.Reflection;
using ReportKit.Load;
using ReportKit.Profiles;
using YamlDotNet.Serialization;

namespace ReportKit.Tests.Robustness;

/// <summary>
/// Profiles are read by hand through ProfileLoader's key tables, not by reflection. A key added to
/// FormatProfile (its [YamlMember] alias) but not to the table would be refused as unknown: this
/// test names the line to add.
/// </summary>
public class ProfileKeyTableTests
{
    [Fact]
    public void Every_profile_key_is_in_the_loaders_key_table_and_every_table_key_is_a_profile_key()
    {
        var problems = new List<string>();
        Compare(typeof(FormatProfile), ProfileLoader.Keys, "", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    static void Compare(Type type, KeyTable table, string path, List<string> problems)
    {
        var members = type.GetProperties()
            .Select(p => (Property: p, Alias: p.GetCustomAttribute<YamlMemberAttribute>()?.Alias))
            .Where(m => m.Alias is not null).ToList();
        foreach (var (property, alias) in members)
        {
            var key = table.Keys.FirstOrDefault(k => k.Name == alias);
            if (key is null)
            {
                problems.Add($"{path}{alias} ({type.Name}.{property.Name}) has no line in ProfileLoader's key table for {type.Name}: add one");
                continue;
            }
            if (key.Children is { } children)
            {
                var t = property.PropertyType;
                var element = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : t;
                Compare(element, children, $"{path}{alias}.", problems);
            }
        }
        foreach (var key in table.Keys.Where(k => members.All(m => m.Alias != k.Name)))
            problems.Add($"{path}{key.Name} is in ProfileLoader's key table for {type.Name} but {type.Name} has no property with that alias");
    }
}
