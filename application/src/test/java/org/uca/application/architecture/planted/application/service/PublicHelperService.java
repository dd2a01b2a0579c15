package org.uca.application.architecture.planted.application.service;

/** Violation: a service class other than UcaApplication and Ports that is public. */
public class PublicHelperService {

    public String help() {
        return "help";
    }
}
