package fin.main.prod;

import com.pulumi.Config;
import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deploy's secrets, read from the stack's encrypted config: never in the program or its files.
 */
final class Secrets {
    private Secrets() {
    }

    /**
     * The values of {@code keys}, set with {@code pulumi config set --secret KEY VALUE}, as one secret map.
     */
    static Output<Map<String, String>> values(Config config, String... keys) {
        List<Output<String>> values = new ArrayList<>();
        for (String key : keys) {
            values.add(config.requireSecret(key));
        }
        return Output.all(values).applyValue(list -> {
            Map<String, String> byKey = new TreeMap<>();
            for (int i = 0; i < keys.length; i++) byKey.put(keys[i], list.get(i));
            return byKey;
        });
    }
}
