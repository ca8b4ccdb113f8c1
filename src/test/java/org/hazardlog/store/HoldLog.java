package org.hazardlog.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.hazardlog.app.HazardLogService;

/**
 * Another process holding a hazard log open, for tests: "shared" opens it the way HazardLog does,
 * "exclusive" the way a program that does not share it would. It prints READY and waits for a line
 * on stdin before it lets go.
 */
public final class HoldLog {

    public static void main(String[] args) throws Exception {
        HazardLogFile file = HazardLogFile.at(Path.of(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        if (args[0].equals("shared")) {
            try (HazardLogService log = HazardLogService.openOrCreate(file)) {
                log.create(TempLogs.fullHazard(41));
                System.out.println("READY");
                System.out.flush();
                in.readLine();
            }
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "")) {
                System.out.println("READY");
                System.out.flush();
                in.readLine();
            }
        }
    }
}
