package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"gitlab.example.com/<<full_path>>/internal/<<m0>>"
)

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	verbose := flag.Bool("v", false, "verbose logging")
	flag.Parse()

	if *verbose {
		log.SetFlags(log.LstdFlags | log.Lshortfile)
	}
	svc, err := <<m0>>.New(<<m0>>.Config{Addr: *addr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "<<slug>>:", err)
		os.Exit(1)
	}
	log.Printf("<<slug>> listening on %s", *addr)
	if err := svc.Run(); err != nil {
		log.Fatal(err)
	}
}
