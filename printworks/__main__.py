from printworks.launch import main

main()
