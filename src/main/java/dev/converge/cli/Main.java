package dev.converge.cli;
public class Main { public static void main(String[] a) {} }
